"""What every renderer shares: the report as a plain dict, section order, and plain-language wording.

Renderers work on the report's dict form (``Report.to_dict()`` plus the run facts the API adds), never
on the inference classes, and read each finding's ``value`` defensively: a missing or reshaped field
falls back to the finding's own ``summary`` instead of failing, so changes to an inference module's
value shape never break a report.

Plain language (issue 14): country and language names from CLDR (``babel``), money with the currency
symbol and thousands separators (``babel.numbers``), durations rounded to words ("about 20 h"), times in
the person's local zone (the zone the ``timezone`` finding chose), export base names instead of paths.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import Decimal, InvalidOperation
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.numbers import format_currency, format_decimal, get_currency_symbol

from dataexam.wording import count_phrase, day_text, in_text, iso_words, plural, running_name

from ..art9 import ART9_WORDS
from ..categories import WITHHELD_EXCERPT, category_label, life_event_label
from ..csvstream import CURRENCY_LOCALES
from ..outputs import shown

Detail = Literal["default", "full"]

SECTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("clock", "Your clock", ("timezone", "sleep", "social_jetlag", "late_nights", "routine")),
    ("places", "Your places and devices", ("home", "work_location", "trips", "devices")),
    ("words", "Your words", ("languages", "mood", "topics", "writing_style")),
    ("life", "Your interests and life", ("interests", "sensitive_signals", "life_events", "household")),
    ("money", "Your money", ("spending", "impulse_buying", "financial_stress")),
    ("people", "Your people", ("social_circle",)),
    ("platforms", "What the platforms say", ("platform_vs_derived",)),
    ("score", "Scoring you", ("trust_score",)),
)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
BANNER = "MOCK — NOT A CREDIT SCORE"
SOURCE_NAMES = {"facebook": "Facebook", "twitter": "X (Twitter)", "amazon": "Amazon"}
SENSITIVE_OFF = f"Sensitive findings ({ART9_WORDS}) are off; --include-sensitive turns them on."
_EN = Locale.parse("en")


# -- the report as a dict ------------------------------------------------------------------------------
def as_dict(report: Any) -> dict[str, Any]:
    """``report`` (a ``Report`` or its dict) as a fresh dict the renderers may change."""
    import copy

    data = report.to_dict() if hasattr(report, "to_dict") else copy.deepcopy(report)
    data.setdefault("findings", [])
    data.setdefault("inputs", {})
    return data


def select(data: dict[str, Any], only: Iterable[str] | None) -> dict[str, Any]:
    """Keep only the findings named in ``only`` (ids, or section keys such as ``money``).

    Raises ValueError naming the unknown names, with the known ones.
    """
    if not only:
        return data
    wanted: set[str] = set()
    known = {f.get("id") for f in data["findings"]} | {fid for _, _, ids in SECTIONS for fid in ids}
    sections = {key: ids for key, _, ids in SECTIONS}
    unknown = []
    for name in only:
        name = name.strip()
        if not name:
            continue
        if name in sections:
            wanted.update(sections[name])
        elif name in known:
            wanted.add(name)
        else:
            unknown.append(name)
    if unknown:
        raise ValueError(f"unknown finding(s) for --only: {', '.join(unknown)} "
                         f"(known: {', '.join(sorted(k for k in known if k))}; sections: {', '.join(sections)})")
    data = dict(data)
    data["findings"] = [f for f in data["findings"] if f.get("id") in wanted]
    data["only"] = sorted(wanted)
    return data


def by_id(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["id"]: f for f in data["findings"] if isinstance(f, dict) and "id" in f}


def ordered(data: dict[str, Any]) -> Iterator[tuple[str, str, list[dict[str, Any]]]]:
    """(section key, section title, findings) in reading order; findings with something to say only."""
    index = by_id(data)
    seen: set[str] = set()
    for key, title, ids in SECTIONS:
        items = [index[i] for i in ids if i in index]
        seen.update(ids)
        if items:
            yield key, title, items
    rest = [f for f in data["findings"] if f.get("id") not in seen]
    if rest:
        yield "other", "Other findings", rest


SHORT = {
    "timezone": "time zone", "sleep": "sleep", "social_jetlag": "social jetlag", "late_nights": "late nights",
    "routine": "routine", "home": "home", "work_location": "work location", "trips": "trips",
    "devices": "devices", "languages": "languages", "mood": "mood", "topics": "topics",
    "writing_style": "writing style", "interests": "interests", "sensitive_signals": "sensitive signals",
    "life_events": "life events", "household": "household", "spending": "spending",
    "impulse_buying": "impulse buying", "financial_stress": "financial stress", "social_circle": "social circle",
    "platform_vs_derived": "platform comparison", "trust_score": "trust score",
}


def short_name(f: dict[str, Any]) -> str:
    return SHORT.get(str(f.get("id")), title(f).lower())


def title(f: dict[str, Any]) -> str:
    """The finding's title without the score banner (the banner is shown once, next to the score)."""
    text = str(f.get("title") or f.get("id") or "")
    return text.replace(f" ({BANNER})", "").replace(BANNER, "").strip(" —") or text


def has_something(f: dict[str, Any]) -> bool:
    return f.get("confidence") != "insufficient" and f.get("value") not in (None, [], {})


# -- plain wording ----------------------------------------------------------------------------------------
def country(code: Any) -> str:
    """``"TH"`` → ``"Thailand"`` (CLDR English names, their list forms as a sentence writes them:
    :func:`~dataexam.wording.running_name`, "HK" → "Hong Kong", "MM" → "Myanmar"); anything else unchanged."""
    if not isinstance(code, str):
        return str(code)
    return running_name(_EN.territories.get(code.upper(), code)) if len(code) == 2 else code


def country_in_text(code: Any) -> str:
    """:func:`country` as running text writes it (:func:`~dataexam.wording.in_text`): ``"US"`` → ``"the United
    States"``, ``"NL"`` → ``"the Netherlands"``, ``"TH"`` → ``"Thailand"`` (WORD57: headlines had "You most likely
    live in United Kingdom." beside caveats' "the United States"). Table cells and JSON keep :func:`country`."""
    return in_text(country(code))


def town_and_country(town: Any, code: Any) -> str:
    """A town and its country as a sentence says them ("Lisbon, Portugal"; a city state alone: "Hong Kong", not "Hong
    Kong, Hong Kong"): :func:`dataexam.inference.gazetteer.town_and_country`."""
    from ..inference.gazetteer import town_and_country as said  # here: the inference package is slow to import

    return said(str(town) if town else None, str(code) if code else None)


def language(code: Any) -> str:
    """``"de"`` → ``"German"``; langdetect's ``zh-cn`` → ``"Chinese (China)"`` style names (the languages
    finding's own summary names them the same way: :func:`dataexam.inference.language.language_name`)."""
    from ..inference.language import language_name  # here: the inference package is slow to import

    return language_name(code)


#: languages under this share are not named (the languages finding's own summary uses the same share,
#: ``dataexam.inference.language.LIST_SHARE``; tests/test_inference.py checks the two agree)
LANGUAGE_LIST_SHARE = 0.05


_CURRENCY_LETTERS = re.compile(r"^(-?[^\W\d_]+)([\d-])")

#: whether the report being rendered holds a dollar other than the US one (MX$, CA$, A$, NZ$, HK$, NT$, R$ …): its US
#: dollars are then written "US$" (CLDR's World English, ``en_001``), not a bare "$" that could be any of them
#: (WORD59's leftover: "You spent MX$37,805.76 and $1,606.22"); set by :func:`other_dollars` around one rendering
DOLLARS_APART: ContextVar[bool] = ContextVar("dollars_apart", default=False)


def other_dollars(data: Any) -> bool:
    """Whether a report's dict names a currency other than USD whose English symbol holds "$" (any string value or
    key that is such an ISO 4217 code: the spending totals' keys, a refund's ``currency``)."""
    seen: set[str] = set()
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
        elif isinstance(item, str) and len(item) == 3 and item.isupper() and item.isalpha() and item != "USD" \
                and item not in seen:
            seen.add(item)
            # babel writes an unknown code ("ZZZ", a word of three capitals) as it is, and raises on none of them
            if "$" in get_currency_symbol(item, locale="en"):
                return True
    return False


def money(amount: Any, currency: str | None) -> str:
    """``("20866.19", "EUR")`` → ``"€20,866.19"``, ``("123456", "INR")`` → ``"₹1,23,456.00"``
    (:data:`~dataexam.csvstream.CURRENCY_LOCALES`), ``("1980", "JPY")`` → ``"¥1,980"`` (babel writes a currency's own
    minor units); unknown currencies keep their code; ``("1606.22", "USD")`` → ``"US$1,606.22"`` in a report that holds
    another dollar (:data:`DOLLARS_APART`), else ``"$1,606.22"``."""
    try:
        value = Decimal(str(amount))
    except (InvalidOperation, ValueError):
        return f"{amount} {currency or ''}".strip()
    if not currency:
        return format_decimal(value, format="#,##0.00", locale="en")
    try:
        locale = "en_001" if currency.upper() == "USD" and DOLLARS_APART.get() else "en"
        shown = format_currency(value, currency, locale=CURRENCY_LOCALES.get(currency.upper(), locale))
    except Exception:  # an unknown currency code in an export
        return f"{format_decimal(value, format='#,##0.00', locale='en')} {currency}"
    # CLDR's currencySpacing (which babel does not apply): a symbol that ends in a letter ("AED", "CHF", an unknown
    # code) is kept from the digits by a no-break space — "AED 5,442.00", not "AED5,442.00" (ART9 fault 5)
    return _CURRENCY_LETTERS.sub("\\g<1>\u00a0\\g<2>", shown, count=1)


def number(n: Any) -> str:
    if isinstance(n, bool) or not isinstance(n, (int, float)):
        return str(n)
    return f"{n:,}" if isinstance(n, int) else f"{n:,.2f}".rstrip("0").rstrip(".")


def percent(share: Any) -> str:
    try:
        return f"{float(share):.0%}"
    except (TypeError, ValueError):
        return str(share)


def minutes(value: Any) -> str:
    """Minutes as a rounded phrase: ``1217.7`` → ``"about 20 h"``, ``42`` → ``"about 40 min"``."""
    try:
        m = float(value)
    except (TypeError, ValueError):
        return str(value)
    if m < 1:
        return "under a minute"
    if m < 60:
        return f"about {max(1, round(m / 5) * 5) if m >= 5 else round(m)} min"
    h = m / 60
    if h < 48:
        return f"about {round(h)} h" if h >= 2 else f"about {round(m)} min"
    return f"about {round(h / 24)} days"


def hours(value: Any) -> str:
    """Hours as a phrase: ``2.0`` → ``"2 h"``, ``1.75`` → ``"1 h 45 min"``."""
    try:
        h = float(value)
    except (TypeError, ValueError):
        return str(value)
    whole, rest = int(h), round((h - int(h)) * 60)
    if rest == 60:
        whole, rest = whole + 1, 0
    return f"{whole} h" + (f" {rest} min" if rest else "")


def month_year(iso: Any) -> str:
    """An ISO day or month as "Jul 2023"; a window of months near a night-time move ("2026-06/2026-08", WINDOW62) as
    "Jun–Aug 2026"; a withheld night-time day as :func:`local_time` says it."""
    if str(iso).startswith(TIME_WITHHELD):  # a night-time record's day without --include-sensitive (GATE2)
        return local_time(iso, None)
    if "/" in str(iso):
        try:
            return month_span_words(str(iso))
        except ValueError:
            return str(iso)
    try:
        d = date.fromisoformat(str(iso)[:10])
    except ValueError:
        return str(iso)
    return d.strftime("%b %Y")


def _month_of(ym: Any) -> str:
    """A "YYYY-MM" month as the report says it (``"2022-05"`` → ``"May 2022"``, :func:`month_year`); anything else
    as it is."""
    text = str(ym)
    if re.fullmatch(r"\d{4}-\d{2}/\d{4}-\d{2}", text):  # a window near a night-time move (WINDOW62)
        return month_year(text)
    return month_year(f"{text}-01") if re.fullmatch(r"\d{4}-\d{2}", text) else text


def day(iso: Any) -> str:
    if str(iso).startswith(TIME_WITHHELD):  # a night-time record's day without --include-sensitive (GATE2)
        return local_time(iso, None)
    try:
        d = date.fromisoformat(str(iso)[:10])
    except ValueError:
        return str(iso)
    return day_text(d)


def bound_day(said: Any, month: Any) -> str:
    """A period's bound as the headline says it: the day ("14 Sep 2024"), or — withheld without
    --include-sensitive, its own record at night — its month, the reason said: "Sep 2024 (day withheld: night-time;
    --include-sensitive)" (``month``: the period's ``from_month``/``to_month``, "2024-09"; T33B L1: "31 Aug 2024 –
    Sat 23:00, date withheld (…)"). Without the month, as :func:`day`."""
    near = _near_words(said)  # near a night-time move: the window's months it says (WINDOW62)
    if near is not None:
        reason = _withheld_reason(str(said))[1]
        return f"{near} ({reason.replace('date withheld (', 'day withheld: ', 1)}"
    if str(said).startswith(TIME_WITHHELD) and isinstance(month, str):
        try:
            months = month_span_words(month)
        except ValueError:
            return day(said)
        reason = _withheld_reason(str(said))[1]
        return f"{months} ({reason.replace('date withheld (', 'day withheld: ', 1)}"
    return day(said)


def _near_words(said: Any) -> str | None:
    """The months a record withheld near a night-time move says ("withheld (near a night-time move) Jun–Aug 2026
    07:30" → "Jun–Aug 2026": ``inference.sensitive.near_months``), else None."""
    if not str(said).startswith(MOVE_WITHHELD):
        return None
    from ..inference.sensitive import near_months  # here: the inference package is slow to import

    near = near_months(said)
    return near[0] if near is not None else None


def month_span_words(month: str) -> str:
    """A ``…_month`` field in words: "2024-09" → "Sep 2024"; a window near a night-time move, an interval of months
    (``inference.sensitive.window_month``, WINDOW62), "2026-06/2026-08" → "Jun–Aug 2026", "2026-12/2027-02" → "Dec
    2026–Feb 2027". ValueError for anything else."""
    a, _, b = month.partition("/")
    first = date.fromisoformat(f"{a[:7]}-01")
    if not b:
        return f"{first:%b %Y}"
    last = date.fromisoformat(f"{b[:7]}-01")
    return f"{first:%b}–{last:%b %Y}" if first.year == last.year else f"{first:%b %Y}–{last:%b %Y}"


def period_span(p: dict[str, Any]) -> str:
    """A clock period's ``from``–``to`` (:func:`span`; a withheld bound by its month, :func:`bound_day`)."""
    a, b = p.get("from"), p.get("to")
    if str(a).startswith(TIME_WITHHELD) or str(b).startswith(TIME_WITHHELD):
        said_a, said_b = bound_day(a, p.get("from_month")), bound_day(b, p.get("to_month"))
        if "(" in said_a and "(" in said_b and said_a[said_a.index("("):] == said_b[said_b.index("("):]:
            # both by their month for one reason: the reason said once
            reason = said_a[said_a.index("("):].replace("(day withheld", "(days withheld", 1)
            ma, mb = said_a[:said_a.index('(')].strip(), said_b[:said_b.index('(')].strip()
            # one month once: "Dec 2024 (days withheld: …)", not "Dec 2024 – Dec 2024 (…)" (T38B)
            return f"{ma} {reason}" if ma == mb else f"{ma} – {mb} {reason}"
        return f"{said_a} – {said_b}"
    return span(a, b)


def span(start: Any, end: Any) -> str:
    """Two ISO dates as ``"22–30 Sep 2019"`` / ``"30 Nov – 8 Dec 2023"``."""
    if str(start).startswith(TIME_WITHHELD) or str(end).startswith(TIME_WITHHELD):
        return f"{day(start)} – {day(end)}"  # a night-time bound without --include-sensitive (GATE3)
    if "/" in str(start) or "/" in str(end):  # a bound by the window near a night-time move ("2026-06/2026-08")
        from dataexam.inference.textrules import month_words as months_said

        return f"{months_said(start) or start} – {months_said(end) or end}"
    if len(str(start)) == 7 and len(str(end)) == 7:  # by month ("2024-05"): a mood period after a withheld event
        try:
            a, b = date.fromisoformat(f"{start}-01"), date.fromisoformat(f"{end}-01")
        except ValueError:
            return f"{start} – {end}"
        return f"{a:%b} – {b:%b %Y}" if a.year == b.year else f"{a:%b %Y} – {b:%b %Y}"
    try:
        a, b = date.fromisoformat(str(start)[:10]), date.fromisoformat(str(end)[:10])
    except ValueError:
        return f"{start} – {end}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{day_text(b)}"
    if a.year == b.year:
        return f"{a.day} {a.strftime('%b')} – {day_text(b)}"
    return f"{day(start)} – {day(end)}"


def label(key: Any) -> str:
    """``"gift_cards"`` → ``"gift cards"``, ``"food_drink"`` → ``"food & drink"`` (categories.category_label)."""
    return category_label(str(key))


def join(items: Iterable[str], word: str = "and") -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def plain(value: Any, limit: int = 8) -> str:
    """Any JSON value in words, never as JSON: ``{"Europe/Berlin": 1}`` → ``"Europe/Berlin"``."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return number(value)
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        if value and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value.values()):
            keys = sorted(value, key=lambda k: -value[k])
            if all(v == 1 for v in value.values()):
                return join([str(k) for k in keys[:limit]])
            if all(0 <= v <= 1 and isinstance(v, float) for v in value.values()):
                return join([f"{k} {percent(value[k])}" for k in keys[:limit]])
            return join([f"{k} ({number(value[k])})" for k in keys[:limit]])
        parts = [f"{label(k)}: {plain(_countries_named(k, v), limit)}" for k, v in list(value.items())[:limit]
                 if v not in (None, [], {})]
        return "; ".join(parts) or "—"
    if isinstance(value, (list, tuple)):
        shown = [plain(v, limit) for v in list(value)[:limit]]
        more = len(value) - len(shown)
        return join(shown + ([f"{more} more"] if more > 0 else []))
    return str(value)


#: the keys whose values are ISO 3166-1 codes (a platform's declared "countries": {"DE": 2}, a "country": "DE")
_COUNTRY_KEYS = frozenset({"country", "countries", "home_country"})
_ISO_CODE = re.compile(r"^[A-Z]{2}$")


def _countries_named(key: Any, value: Any) -> Any:
    """A ``value`` under a country key (:data:`_COUNTRY_KEYS`) with its ISO codes named (:func:`country`), as
    :func:`plain` words it (T56B: "Platform says: … countries: US (2)" → "countries: United States (2)"); the JSON
    keeps the codes. Anything else unchanged."""
    if key not in _COUNTRY_KEYS:
        return value
    if isinstance(value, str) and _ISO_CODE.match(value):
        return country(value)
    if isinstance(value, dict):
        return {country(k) if isinstance(k, str) and _ISO_CODE.match(k) else k: v for k, v in value.items()}
    if isinstance(value, list):
        return [country(v) if isinstance(v, str) and _ISO_CODE.match(v) else v for v in value]
    return value


# -- time and place of evidence ---------------------------------------------------------------------------
#: the key under which :func:`~dataexam.report.prepare` hands the renderers the report's own clock
#: (``Report.clock``); never written (the JSON renderer drops it)
CLOCK_KEY = "_clock"


def local_zone(data: dict[str, Any]) -> ZoneInfo | None:
    """The zone the ``timezone`` finding chose, when it is not insufficient; after a move (``earlier_zone``) the
    clock of each period (:class:`~dataexam.inference.timezone.MovedZone`, whose ``key`` is the later zone's), so an
    example from before the move shows the time the person lived by then. The report's own clock
    (:data:`CLOCK_KEY`) where ``data`` came from a ``Report``: without --include-sensitive the value may give a
    switch undated ("withheld Sat 01:30", GATE3); from a report dict (a saved JSON report) such a switch is placed
    at its period's ``examples_from`` (the report's first instant on that clock, written by the JSON renderer), so
    every instant in the report reads on the clock the live rendering gives it; without one (a dict written
    before, or no instant of the report on that clock) it is skipped (the period before it read on until the next
    dated one)."""
    tz = by_id(data).get("timezone")
    if not tz or tz.get("confidence") == "insufficient" or not isinstance(tz.get("value"), dict):
        return None
    own = data.get(CLOCK_KEY)
    if isinstance(own, tzinfo):
        return own  # type: ignore[return-value]
    name = tz["value"].get("zone")
    if not isinstance(name, str):
        return None
    try:
        zone = ZoneInfo(name)
        periods = tz["value"].get("periods")
        if isinstance(periods, list) and len(periods) >= 2 and (len(periods) > 2
                                                               or not tz["value"].get("earlier_zone")):
            # several periods (a stay abroad and back): each on its own zone from the instant it starts (``start``),
            # else from its first day's midnight (UTC)
            from ..inference.timezone import MovedZone

            placed: list[tuple[datetime | None, ZoneInfo, dict[str, Any]]] = []
            for p in periods[1:]:
                if str(p.get("start")).startswith(TIME_WITHHELD) or str(p.get("from")).startswith(TIME_WITHHELD):
                    # an undated switch (a night-time record's day): placed at the report's first instant on its
                    # clock (``examples_from``, json._with_examples_from), else not placed
                    if isinstance(p.get("examples_from"), str):
                        placed.append((_placed_switch(data, p["examples_from"]), ZoneInfo(str(p["zone"])), p))
                    elif "examples_from" in p:  # none dated on its clock: placed below (WINDOW62, WINDOW63)
                        placed.append((None, ZoneInfo(str(p["zone"])), p))
                    continue
                if isinstance(p.get("start"), str):
                    switch = datetime.fromisoformat(p["start"])
                else:
                    first = date.fromisoformat(str(p["from"]))
                    switch = datetime(first.year, first.month, first.day, tzinfo=UTC)
                placed.append((switch, ZoneInfo(str(p["zone"])), p))
            later = []
            for i, (switch, zone_i, p) in enumerate(placed):
                if switch is None:
                    # the report dates no instant on this clock: every instant before the next switch reads on the
                    # clock before it, as live — placed at its window's end (``from_month``), or the next switch,
                    # whichever is earlier, so the switches stay in order (T59D 3: placed after every instant, a
                    # later dated switch fell before it and the saved report lost its clock)
                    switch = _window_end(p.get("from_month")) or _after_every_instant(data)
                    after = [s for s, _, _ in placed[i + 1:] if s is not None]
                    if after:
                        switch = min(switch, min(after) - timedelta(seconds=1))
                    if later:
                        switch = max(switch, later[-1][0] + timedelta(seconds=1))
                later.append((switch, zone_i))
            return MovedZone.of_periods(ZoneInfo(str(periods[0]["zone"])), later, key=name)  # type: ignore[return-value]
        earlier = tz["value"].get("earlier_zone")
        until_said = earlier.get("until") if isinstance(earlier, dict) else None
        placed = periods[-1].get("examples_from") if isinstance(periods, list) and len(periods) == 2 else None
        if isinstance(earlier, dict) and isinstance(earlier.get("zone"), str) and isinstance(placed, str):
            from ..inference.timezone import MovedZone

            # the move's switch undated (GATE3): placed at the report's first instant on the later clock
            return MovedZone(ZoneInfo(earlier["zone"]), zone, _placed_switch(data, placed))  # type: ignore[return-value]
        if isinstance(earlier, dict) and isinstance(earlier.get("zone"), str) and placed is None \
                and isinstance(periods, list) and len(periods) == 2 and "examples_from" in periods[-1]:
            from ..inference.timezone import MovedZone

            # … where the report dates no instant on the later clock (every record after the switch withheld near
            # it: WINDOW62), after every instant it writes, each read on the earlier clock as the live report does
            return MovedZone(ZoneInfo(earlier["zone"]), zone, _after_every_instant(data))  # type: ignore[return-value]
        if isinstance(earlier, dict) and isinstance(earlier.get("zone"), str) and isinstance(until_said, str) \
                and not until_said.startswith(TIME_WITHHELD):
            from ..inference.timezone import MovedZone  # here: the inference package is slow to import

            until = date.fromisoformat(earlier["until"])
            switch = datetime(until.year, until.month, until.day, tzinfo=UTC) + timedelta(days=1)
            return MovedZone(ZoneInfo(earlier["zone"]), zone, switch)  # type: ignore[return-value]
        return zone
    except (ZoneInfoNotFoundError, ValueError, KeyError, TypeError):
        return None


def _window_end(said: object) -> datetime | None:
    """The first instant (aware UTC) after a switch's window said by its months (a period's ``from_month``:
    "2026-06/2026-08" or "2026-07"), or None where it says none."""
    if not isinstance(said, str) or not said:
        return None
    last = said.split("/")[-1]
    try:
        year, month = (int(x) for x in last.split("-")[:2])
    except ValueError:
        return None
    return datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)


def _after_every_instant(data: dict[str, Any]) -> datetime:
    """Where a report dict places an undated switch whose period's ``examples_from`` is None (``json``'s
    ``examples_from_why``: the report dates no instant on that clock, its records near the night-time move withheld;
    WINDOW62): a day after the last instant the report writes, so every one reads on the clock before it, as in the
    live report. Aware UTC."""
    from .json import report_instants

    last = max(report_instants(data), default=datetime(2000, 1, 1))
    return (last + timedelta(days=1)).replace(tzinfo=UTC)


def _placed_switch(data: dict[str, Any], examples_from: str) -> datetime:
    """Where a report dict places an undated switch (GATE3) whose period's ``examples_from`` (the report's first
    instant on the later clock, ``json._with_examples_from``) is ``examples_from``: a day before it, or midway
    between the report's last instant before it and it where that is later. Every instant of the report reads on
    the same clock anywhere in that span (none lies inside it); there, a wall time beside a move west is shown
    twice (:func:`local_time`'s offset label) as the live report's clock shows it wherever the real switch lies
    farther than the move's hours from both instants — at ``examples_from`` itself, the first instant on the later
    clock was always labelled (Lisbon → São Paulo: "2024-02-08 12:00 UTC-03" in the saved report, "2024-02-08
    12:00" in the live one; MOVE45). Aware UTC."""
    from .json import report_instants

    first = datetime.fromisoformat(examples_from.replace("Z", "+00:00")).astimezone(UTC).replace(tzinfo=None)
    last = max((t for t in report_instants(data) if t < first), default=None)
    placed = first - timedelta(days=1)
    if last is not None:
        placed = max(placed, last + (first - last) / 2)
    return placed.replace(tzinfo=UTC)


#: an evidence item's ``time`` withheld (``inference.sensitive.TIME_WITHHELD``; not imported: the inference package
#: is slow to import) and how every format says it
TIME_WITHHELD = "withheld"
#: a record withheld for its text's special category (``inference.sensitive.SPECIAL_WITHHELD``) and how each reason
#: is said: a night-time record's (the hour withholds it, not the words; T31C N8: it was said "special category" too)
#: and a special-category record's (its excerpt ``WITHHELD_EXCERPT``)
SPECIAL_WITHHELD = TIME_WITHHELD + " (special category)"
#: a record by day within a week of a switch the time-zone finding undated (``inference.sensitive.MOVE_WITHHELD``:
#: "withheld (near a night-time move) Jul 2026 07:30", its month and hour) and its reason (EXAMPLE60)
MOVE_WITHHELD = TIME_WITHHELD + " (near a night-time move)"
DATE_WITHHELD_MOVE = "date withheld (near a night-time move; --include-sensitive)"
#: USPS' military "states" (Publication 28 §225), the regions their post offices serve
_ARMED_FORCES = {"AA": "Americas", "AE": "Europe, the Middle East, Africa or Canada", "AP": "Pacific"}
NIGHT_DATE_WITHHELD = "date withheld (night-time; --include-sensitive)"
DATE_WITHHELD_SPECIAL = "date withheld (special category; --include-sensitive)"


def _withheld_reason(said: str, special: bool = False) -> tuple[str, str]:
    """A withheld ``time``'s marker and its reason in words (``inference.sensitive.withheld_reason``): a
    special-category record's, one near a night-time move's, else a night-time record's; ``special``: the item's own
    text was withheld (a report saved before the marker carried it)."""
    if said.startswith(SPECIAL_WITHHELD):
        return SPECIAL_WITHHELD, DATE_WITHHELD_SPECIAL
    if said.startswith(MOVE_WITHHELD):
        return MOVE_WITHHELD, DATE_WITHHELD_MOVE
    return TIME_WITHHELD, DATE_WITHHELD_SPECIAL if special else NIGHT_DATE_WITHHELD


def _post_day(said: Any, month: Any = None) -> str:
    """A first-person post's day as the life-events summary says it (``interests.life_events_sentence``):
    "9 Feb 2024" (:func:`~dataexam.wording.iso_words`, WORD61), or for a night-time post without --include-sensitive
    "Fri 23:40, date withheld (…)"; one by day near a night-time move (``month``: its ``start_month``, NEAR61) "Jul
    2026 (day withheld: near a night-time move; --include-sensitive)"."""
    if month and str(said).startswith(TIME_WITHHELD):
        return bound_day(said, month)
    return local_time(said, None) if str(said).startswith(TIME_WITHHELD) else iso_words(str(said))


def local_time(iso: Any, zone: ZoneInfo | None, special: bool = False) -> str:
    """An evidence time (``…Z``) as ``"2019-01-12 00:16"`` in ``zone`` (``"… UTC"`` without a zone); a date-only
    record's date (``"2022-12-31"``) as it is, never moved by a zone (:func:`~dataexam.inference.model.evidence_time`).
    A withheld one (``"withheld Thu 22:32"``) as ``"Thu 22:32, date withheld (night-time; --include-sensitive)"``,
    or ``(special category; …)`` where ``special`` (the record's own text was withheld: Art. 9 gating); one by day
    near a night-time move (``"withheld (near a night-time move) Jul 2026 07:30"``) as ``"Jul 2026 07:30, date
    withheld (near a night-time move; --include-sensitive)"``.
    A wall time the zone shows twice (the autumn hour repeated, or a move west) gets its abbreviation or offset:
    ``"2022-10-30 02:30 CEST"`` and ``"2022-10-30 02:30 CET"``, not the same text for two instants an hour apart
    (the twenty-eighth pass's third tester, L4).
    """
    if not iso:
        return "undated"
    if str(iso).startswith(TIME_WITHHELD):  # a night record without --include-sensitive: dated, its date not given
        # its reason said: the marker's (T31C N8), or the caller's where the item's own text was withheld (a report
        # saved before the marker carried it)
        marker, said = _withheld_reason(str(iso), special)
        return ", ".join(x for x in (str(iso)[len(marker):].strip(), said) if x)  # (T27D L3)
    if len(str(iso)) == 10 and "T" not in str(iso):
        return f"{iso} (date only)"
    try:
        t = datetime.fromisoformat(str(iso).replace("Z", "+00:00"))
    except ValueError:
        return str(iso)
    if t.tzinfo is None or zone is None:
        return t.strftime("%Y-%m-%d %H:%M") + " UTC"
    local = t.astimezone(zone)
    shown = local.strftime("%Y-%m-%d %H:%M")
    return f"{shown} {_offset_name(local)}" if _repeated(t, zone, local) else shown


#: how far either side of an instant a clock change that repeats its wall time is looked for: the autumn hour, a
#: move west across the date line at most a day
_REPEAT_PROBE = timedelta(hours=26)


def _repeated(t: datetime, zone: tzinfo, local: datetime) -> bool:
    """Whether another instant shows the same wall time as ``local`` (``t`` in ``zone``): a clock change near it
    went back (the offset on either side, :data:`_REPEAT_PROBE` away, differs and puts another instant at that
    wall time). Works for any ``tzinfo`` (``ZoneInfo``, a move's ``MovedZone``)."""
    own = local.utcoffset()
    wall = local.replace(tzinfo=None)
    for probe in (t - _REPEAT_PROBE, t + _REPEAT_PROBE):
        other = probe.astimezone(zone).utcoffset()
        if own is None or other is None or other == own:
            continue
        twin = t + (own - other)
        if twin != t and twin.astimezone(zone).replace(tzinfo=None) == wall:
            return True
    return False


def _offset_name(local: datetime) -> str:
    """``local``'s zone abbreviation ("CEST", "EST"), else its offset ("UTC+03", "UTC-03:30") where the zone has
    none of letters (tzdata writes "+03")."""
    name = local.tzname() or ""
    if name.isalpha():
        return name
    off = local.utcoffset() or timedelta(0)
    sign = "-" if off < timedelta(0) else "+"
    h, m = divmod(int(abs(off).total_seconds()) // 60, 60)
    return f"UTC{sign}{h:02d}" + (f":{m:02d}" if m else "")


def zone_label(zone: ZoneInfo | None) -> str:
    return f"local time, {zone.key}" if zone is not None else "UTC (no local zone found)"


def base_name(path: Any) -> str:
    """An archive path's last part (``/home/me/x/twitter.zip`` → ``twitter.zip``), Windows or POSIX, with
    control characters escaped (:func:`dataexam.outputs.shown`: a name is the file's, not dataexam's)."""
    text = str(path or "")
    if not text:
        return ""
    p: PurePath = PureWindowsPath(text) if "\\" in text else PurePosixPath(text)
    return shown(p.name or text)


#: an evidence excerpt's country code (place.py: "login from an address registered in NL", "location record in
#: PT"), shown as running text names it ("registered in the Netherlands"; WORD58, T55B 9: "registered in
#: Netherlands"); the JSON excerpt keeps the code. Only place.py's own excerpts, whole: a quoted title or post is
#: shown as written (T56B 5: "Greetings from LA Poster" was shown "… from Laos Poster", "Learning from AI" "…
#: from Anguilla")
_COUNTRY_CODE = re.compile(r"^([a-z][a-z ]{0,40} from an address registered in |location record in )([A-Z]{2})$")
#: a geotag's or check-in's town and its country code ("geotag near Lisbon, PT"), a GeoNames town with a comma of its
#: own too ("geotag near Misato, Saitama, JP", T56D 8), and Facebook's own place of a login ("login placed by
#: Facebook in Lisbon, PT", "… in Bergen, Hordaland, NO"): the town's country bare, as after a town ("near Lisbon,
#: Portugal"); place.py's excerpt whole (LOCATED_TEXT), never a post's "… near Portland, ME"
_TOWN_COUNTRY = re.compile(r"^((?:(?:geotag|check-in|location record) near|login placed by Facebook in) "
                           r"[^,]{1,80}(?:, [^,]{1,80}){0,2}, )([A-Z]{2})$")
#: Facebook's place of a login that is a country alone ("login placed by Facebook in PT"): named as running text
_LOGIN_COUNTRY = re.compile(r"^(login placed by Facebook in )([A-Z]{2})$")


def _excerpt_text(text: str) -> str:
    """An evidence excerpt with its country codes named (:data:`_COUNTRY_CODE`, :data:`_TOWN_COUNTRY`,
    :data:`_LOGIN_COUNTRY`)."""
    text = _COUNTRY_CODE.sub(lambda m: m.group(1) + country_in_text(m.group(2)), text)
    text = _LOGIN_COUNTRY.sub(lambda m: m.group(1) + country_in_text(m.group(2)), text)
    return _TOWN_COUNTRY.sub(_town_country, text)


def _town_country(m: re.Match[str]) -> str:
    """:data:`_TOWN_COUNTRY`'s excerpt with its country named: a town of a city state once ("geotag near Hong Kong,
    HK" → "… near Hong Kong", not "Hong Kong, Hong Kong"); a login's town and two letters as written where the one
    reading of a written place (:func:`dataexam.inference.gazetteer.written_country`) takes them for another country's
    state: a report saved as JSON before WORD60 holds "login placed by Facebook in Los Angeles, CA" (no ", US"
    added), re-rendered "… Los Angeles, Canada" (WORD60's leftover); and where they are a region's letters by that one
    reading and one of the ISO 3166-2 region codes of a country GeoNames places the town in
    (:func:`dataexam.inference.gazetteer.region_letters`, :func:`~dataexam.inference.gazetteer.region_abroad`: a
    report saved before T57D's gate holds "login placed by Facebook in Mumbai, MH", re-rendered "… Mumbai, Marshall
    Islands", "Chennai, TN" "Chennai, Tunisia": WORD62, T58D; by any region's letters, :func:`~dataexam.inference.
    gazetteer.region_code`, and a US state's, Canadian province's or Australian state's holding a place of ≥ 500 people
    so called: "Hyderabad, TG", "Aosta, AO", "Belfast, NI", "Durban, NL", "Cairo, IL", "Canada, KY" were Togo,
    Angola, Nicaragua, the Netherlands, Israel, the Cayman Islands: WORD63, T59A 3). A record's own country field
    after any town is named
    ("Lisbon, BR": Brazil; "Lisbon, DE": Germany, no Lisbon in Delaware)."""
    # here: the inference package is slow to import
    from ..inference.gazetteer import (
        admin1_code,
        country_code,
        region_abroad,
        region_letters,
        small_town,
        town_and_country,
        written_country,
    )

    head, code = m.group(1), m.group(2)
    lead, _, place = head.partition(" in " if head.startswith("login placed") else " near ")
    parts = tuple(p.strip() for p in f"{place}{code}".split(",") if p.strip())
    if head.startswith("login placed") and len(parts) == 2 and country_code(code) is None:
        return m.group(0)  # letters no ISO country has ("Durango, DG": Durango's, not Diego Garcia): WORD64, T59E 8
    if head.startswith("login placed") and len(parts) == 2 and (
            written_country(parts) not in (None, code) or (
                region_letters(parts[0], code) and (region_abroad(parts[0], code) or any(
                    small_town(parts[0], c, a1) is not None for c in ("US", "CA", "AU")
                    if (a1 := admin1_code(c, code)) is not None)))):
        # another country's state ("Los Angeles, CA": the United States') or a region's letters ("Mumbai, MH"); letters
        # left open (a town GeoNames does not list) are named: today's excerpts end in the country's code (a record's
        # country field, or ", US" added)
        return m.group(0)
    if len(parts) == 2:
        return f"{lead}{' in ' if head.startswith('login placed') else ' near '}{town_and_country(parts[0], code)}"
    return head + country(code)


@dataclass(slots=True)
class EvidenceRow:
    export: str
    file: str
    record: str
    when: str
    what: str
    kind: str


def evidence_rows(f: dict[str, Any], zone: ZoneInfo | None, limit: int | None) -> list[EvidenceRow]:
    """The finding's evidence items as rows; with a ``limit`` (the default detail's few examples) the items
    whose text the sensitive gate withheld come after the quotable ones, so an example says something."""
    ev = f.get("evidence") or {}
    items = ev.get("items") or []
    if not ev.get("n_support"):
        # no example under zero support: "0 records support it. For example: …" quoted a record that supports
        # nothing (T30B L4: the platform comparison's personalization.js age range); text, Markdown and HTML alike
        return []
    if limit is not None:
        items = sorted(items, key=lambda i: isinstance(i, dict) and i.get("excerpt") == WITHHELD_EXCERPT)
    rows = []
    for item in items[: limit if limit is not None else len(items)]:
        if not isinstance(item, dict):
            continue
        rows.append(EvidenceRow(export=base_name(item.get("archive")), file=shown(str(item.get("member") or "")),
                                record=f"#{item.get('index')}" if item.get("index") is not None else "",
                                when=local_time(item.get("time"), zone,
                                                special=item.get("excerpt") == WITHHELD_EXCERPT),
                                what=_excerpt_text(str(item.get("excerpt") or "")),
                                kind=str(item.get("kind") or "")))
    return rows


def evidence_counts(ev: Any) -> str:
    """An evidence block's counts as a phrase: ``"2,118 records support it"``, ``"1 night supports it, 3 speak
    against it"`` (``unit``: records, or nights for late nights). One wording in text, Markdown and HTML: the
    text said "2,118 records for" with nothing after it when no record was against (the twenty-fifth pass's
    second tester, L1), Markdown and HTML "… for, 0 against"."""
    ev = ev if isinstance(ev, dict) else {}
    n_for, n_against = ev.get("n_support") or 0, ev.get("n_against") or 0
    unit = str(ev.get("unit") or "records")
    one = unit[:-1] if unit.endswith("s") else unit  # "1 record", not "1 records" (the final tester's L4)
    text = f"{number(n_for)} {one if n_for == 1 else unit} {'supports' if n_for == 1 else 'support'} it"
    if n_against:
        text += f", {number(n_against)} {'speaks' if n_against == 1 else 'speak'} against it"
    from dataexam.inference.sensitive import month_words

    windows = [w for w in (month_words(o) for o in ev.get("outside") or ()) if w]
    if windows:  # the records in a window about a night-time switch left out (WINDOW64)
        text += f" (outside {' and '.join(windows)})"
    return text


# -- headlines -----------------------------------------------------------------------------------------------
#: the caveat ``inference.automation.mark`` puts first on a person-reading finding of an automated account
AUTOMATED_CAVEAT = "This account looks automated"


def headline(f: dict[str, Any]) -> str:
    """One plain-language sentence for ``f``; the finding's own summary when its value is unexpected. A finding
    read from an account that looks automated (T27B L4) says so first, at a glance too."""
    caveats = f.get("caveats")
    automated = isinstance(caveats, list) and bool(caveats) and str(caveats[0]).startswith(AUTOMATED_CAVEAT)
    text = _headline(f)
    return f"Looks automated: {text[:1].lower()}{text[1:]}" if automated and text else text


def _headline(f: dict[str, Any]) -> str:
    fn = _HEADLINES.get(str(f.get("id")))
    if fn is not None and f.get("value") is not None:
        try:
            # the trips listed, then the summary's days read as no trips (a weekend home, a commute: FIX2)
            text = fn(f["value"], str(f.get("summary") or "")) if fn is _h_trips else fn(f["value"])
            if text:
                return text
        except (KeyError, TypeError, ValueError, AttributeError, IndexError, ZeroDivisionError):
            pass
    return str(f.get("summary") or f.get("title") or "")


def zone_city(zone: str) -> str:
    """A zone's city as people write it: CLDR's exemplar city in English (babel: America/St_Johns → "St. John's",
    Asia/Ho_Chi_Minh → "Ho Chi Minh City"), else the zone's last part with spaces ("St Johns" was T26B's L1)."""
    try:
        from babel.dates import get_timezone, get_timezone_location

        city = get_timezone_location(get_timezone(zone), locale="en", return_city=True)
    except (LookupError, ValueError, TypeError, AttributeError):
        city = None
    return str(city).replace("\u2019", "'") if city else zone.split("/")[-1].replace("_", " ")


def utc_offset_text(off: float) -> str:
    """Hours east of UTC as an offset: ``5.5`` → "UTC+5:30", ``-3.5`` → "UTC−3:30", ``1`` → "UTC+1" (was
    "UTC+5 30"; T26B's L1)."""
    h, m = divmod(round(abs(off) * 60), 60)
    return f"UTC{'+' if off >= 0 else '−'}{h}" + (f":{m:02d}" if m else "")


#: what a headline with times on several clocks says of them (as the findings' summaries: openclocks.CANNOT_TELL)
OPEN_CLOCKS_SAID = "your activity cannot tell these clocks apart"


def open_clocks(v: Any) -> list[tuple[str, float]]:
    """The clocks a local-time finding's times hold on where the activity leaves several open (its value's ``zone``
    and ``open_zones``: inference.openclocks), ``[(zone, hours from the zone the times are read on)]`` west to east,
    that zone's own (0) among them; ``[]`` where its clock is pinned. The headline gives the times on each, never
    one clock's as fact (T33B M2: "You live on New York time" and "asleep about 01:15–09:15" for a Denver person
    asleep 23:30–07:00, the range said only in the time zone's JSON summary)."""
    if not isinstance(v, dict) or not v.get("zone"):
        return []
    others = [(str(o["zone"]), float(o["hours_from_zone"])) for o in v.get("open_zones") or ()
              if isinstance(o, dict) and o.get("zone") and isinstance(o.get("hours_from_zone"), (int, float))]
    if not others:
        return []
    return sorted([(str(v["zone"]), 0.0), *others], key=lambda zh: zh[1])


def _standard_offset(zone: str) -> float | None:
    """A zone's standard offset in hours east of UTC (its clock outside summer time, read on 1 January 2024: the
    offset less the summer time then), else None."""
    try:
        at = datetime(2024, 1, 1, 12, tzinfo=ZoneInfo(zone))
    except (LookupError, ValueError):
        return None
    off, dst = at.utcoffset(), at.dst()
    return None if off is None else (off - (dst or timedelta(0))).total_seconds() / 3600


def week_clock(v: Any, zone: Any) -> str:
    """The clock a week grid is drawn on, said as the time zone says it (ART939, T37 L2: "Your week, on New York
    time" for a person no record places, whose time zone is a range): where the activity leaves several clocks open
    (:func:`open_clocks` of the finding's value), "one of the clocks from Denver time (UTC−7) to Saint-Pierre time
    (UTC−3), drawn on New York time"; else "on New York time", or "in UTC" without a zone."""
    if zone is None:
        return "in UTC"
    named = f"{zone_city(str(zone.key))} time"
    clocks = open_clocks(v)
    if not clocks:
        return f"on {named}"
    ends = []
    for z, _h in (clocks[0], clocks[-1]):
        off = _standard_offset(z)
        ends.append(f"{zone_city(z)} time" + (f" ({utc_offset_text(off)})" if off is not None else ""))
    return f"on one of the clocks from {ends[0]} to {ends[1]}, drawn on {named}"


_CLOCK_TIME = re.compile(r"(?<![\d:])(\d\d)(?::(\d\d))?(?![\d:])")


def shifted_times(text: str, hours: float) -> str:
    """Every clock time in ``text`` ("01:15–09:15", "09–17", "23–04 and 06–11") moved by ``hours`` round the dial:
    ``shifted_times("01:15–09:15", -3)`` → "22:15–06:15"; a whole hour stays a whole hour ("09–17" → "06–14"), a
    half hour off gives minutes ("09–17", −1.5 → "07:30–15:30")."""
    def move(m: re.Match[str]) -> str:
        total = round(int(m.group(1)) * 60 + int(m.group(2) or 0) + hours * 60) % (24 * 60)
        h, mins = divmod(total, 60)
        return f"{h:02d}:{mins:02d}" if m.group(2) is not None or mins else f"{h:02d}"
    return _CLOCK_TIME.sub(move, text)


def on_clocks(clocks: list[tuple[str, float]], said: str) -> str:
    """``said`` (times on the first clock's zone of :func:`open_clocks`, offset 0) on each clock: "22:15–06:15 on Los
    Angeles time, 23:15–07:15 on Denver time or 01:15–09:15 on New York time"."""
    return join([f"{shifted_times(said, h)} on {zone_city(z)} time" for z, h in clocks], "or")


def _open_range(v: dict[str, Any], clocks: list[tuple[str, float]]) -> str:
    """The clocks left open as a range: "one of the clocks kept in United States from Los Angeles time
    (America/Los_Angeles, UTC−8) to New York time (America/New_York, UTC−5), each with summer time"; two of them
    as a choice: "Honolulu time (Pacific/Honolulu, UTC−10) or Phoenix time (America/Phoenix, UTC−7)"."""
    off = v.get("utc_offset_hours")
    base = float(off) if isinstance(off, (int, float)) else 0.0
    ends = [f"{zone_city(z)} time ({z}, {utc_offset_text(base + h)})" for z, h in (clocks[0], clocks[-1])]
    dst = ", each with summer time" if v.get("observes_dst") else ""
    if len(clocks) == 2:
        return f"{ends[0]} or {ends[1]}{dst}"
    where = v.get("place_country")
    kept = f"kept in {country_in_text(where)} " if where else ""
    return f"one of the clocks {kept}from {ends[0]} to {ends[1]}{dst}"


def _offsets_range(v: dict[str, Any]) -> str:
    """The ``offsets_open`` of a time zone no record places (T33A M6) as a range: "one of the clocks from UTC−8 to
    UTC−4 (no summer time)"; ``""`` without."""
    offs = [o for o in v.get("offsets_open") or () if isinstance(o, dict)
            and isinstance(o.get("utc_offset_hours"), (int, float))]
    if len(offs) < 2:
        return ""
    rules = {bool(o.get("observes_dst")) for o in offs}
    rule = "" if len(rules) > 1 else " (with summer time)" if rules == {True} else " (no summer time)"
    return (f"one of the clocks from {utc_offset_text(offs[0]['utc_offset_hours'])} to "
            f"{utc_offset_text(offs[-1]['utc_offset_hours'])}{rule}")


def _h_timezone(v: dict[str, Any]) -> str:
    text = _h_timezone_open(v)
    # (those the person's orders set aside are said in a caveat, not here: HOME44's Madrid resident, orders to Madrid)
    untold = [u for u in v.get("untold_zones") or () if isinstance(u, dict) and u.get("zone") and u.get("country")
              and not u.get("set_aside_by_orders")]
    if not untold or not text.startswith("You live on "):
        return text
    # the logins cannot tell the home from a VPN exit, and the activity fits a clock of each country (T39: a Sydney
    # resident's always-on New Zealand exit read "Auckland time", high): each country's clock said
    def one(u: dict[str, Any]) -> str:
        off = u.get("utc_offset_hours")
        said = (utc_offset_text(off) + (" with summer time" if u.get("observes_dst") else "")
                if isinstance(off, (int, float)) else "")
        return f"{zone_city(str(u['zone']))} time ({u['zone']}{', ' + said if said else ''})"

    def clock(u: dict[str, Any]) -> str:
        # the country's clocks the activity cannot tell apart (an hour apart), each said (T40B: a Vancouver resident
        # behind a US exit was told "…Or Edmonton time if you live in Canada")
        near = [z for z in u.get("open_zones") or () if isinstance(z, dict) and z.get("zone")]
        if len(near) < 2:
            return one(u)
        if len(near) == 2:
            return f"{one(near[0])} or {one(near[1])}"
        return f"one of the clocks kept in {country_in_text(str(u['country']))} from {one(near[0])} to {one(near[-1])}"
    others = join([f"{clock(u)} if you live in {country_in_text(str(u['country']))}" for u in untold], "or")
    # the activity fits none of the named zone's country's clocks, the other's it does (a Sydney sleeper's Auckland)
    fits = (f"your activity fits {join([zone_city(str(u['zone'])) for u in untold], 'or')} time better"
            if all(u.get("fits_better") for u in untold) else "your activity fits both")
    if text.endswith(")."):
        return f"{text[:-1]}, or {others}: {fits}, and your logins cannot tell which country is a VPN exit."
    return (f"{text} Or {others}: {fits if 'better' in fits else 'your activity fits that too'}, and your logins "
            "cannot tell which country is a VPN exit.")


def _h_timezone_open(v: dict[str, Any]) -> str:
    clocks = open_clocks(v)
    offsets = "" if clocks else _offsets_range(v)
    text = _h_timezone_one(v)
    if not (clocks or offsets) or not text.startswith("You live on "):
        return text
    # the clocks the activity leaves open: the range, and the clock named said as the head count's pick (T33B M2);
    # with no record that places the person, the offsets the activity alone fits about equally (T33A M6)
    zone = str(v["zone"])
    here = f"{zone_city(zone)} time ({zone}"
    at = text.find(here)
    if at < 0:
        return text
    close = text.find(")", at + len(here))
    said = text[:at] + (_open_range(v, clocks) if clocks else offsets) + text[close + 1:]
    if clocks:
        better = [b for b in v.get("fits_better") or () if isinstance(b, dict) and b.get("zone")]
        if better and text.endswith("its other clock, better."):
            # one of the open clocks fits better (T31B Z1): said so, not "cannot tell apart"
            b = better[0]
            other = f", {utc_offset_text(b['utc_offset_hours'])}" if isinstance(b.get("utc_offset_hours"),
                                                                                  (int, float)) else ""
            return (f"You live on {_open_range(v, clocks)}: your activity fits {zone_city(str(b['zone']))} time "
                    f"({b['zone']}{other}) best of them, but not enough to tell them apart; {zone_city(zone)} time "
                    "is named only because more people live on it.")
        near = v.get("named_near")
        # a border life's clock named by the people within a day's journey of the other country (T36 M3)
        who = (f"of the people within a day's journey of {country_in_text(near)}" if isinstance(near, str) and near else
               "people")
        return (said.rstrip(".") + f": {OPEN_CLOCKS_SAID}; {zone_city(zone)} time is named only because more "
                f"{who} live on it.")
    off = v.get("utc_offset_hours")
    named = f"{zone_city(zone)} time ({zone}" + (f", {utc_offset_text(off)}" if isinstance(off, (int, float)) else "")
    return (said.rstrip(".") + ": no record places you, and your activity alone cannot tell these clocks apart; "
            f"{named}) is named only because more people live on it.")


def _unplaced_clock(p: dict[str, Any]) -> str:
    """A period's or season's clock where no record places the person (its ``offsets_open``: the home's open range
    moved by the hours between them) as that range, "one of the clocks from UTC−1 to UTC+1"; ``""`` without. Its
    zone is the head count's pick on an offset the activity fixes only as far as the home's (SEASONS3: Tenerife's
    winters were "Abidjan time", a London stay "Berlin time")."""
    offs = p.get("offsets_open")
    if not (isinstance(offs, list) and len(offs) == 2 and all(isinstance(o, (int, float)) for o in offs)):
        return ""
    return f"one of the clocks from {utc_offset_text(offs[0])} to {utc_offset_text(offs[1])}"


def _law_differs(law: dict[str, Any], off: float, dst: bool) -> str:
    """What an earlier law of the zone (:func:`.timezone.law_periods`' ``{utc_offset_hours, observes_dst}``) kept that
    the present one does not: its offset where it differs ("UTC+2 with summer time"), else its summer time alone
    ("with summer time", "no summer time"); ``""`` where it kept the same clock."""
    was = law.get("utc_offset_hours")
    if isinstance(was, (int, float)) and was != off:
        return utc_offset_text(was) + (" with summer time" if law.get("observes_dst") else "")
    if bool(law.get("observes_dst")) == dst:
        return ""  # the same clock (a law whose other rules changed)
    return "with summer time" if law.get("observes_dst") else "no summer time"


def _h_timezone_one(v: dict[str, Any]) -> str:
    zone = v.get("zone")
    off = v.get("utc_offset_hours")
    offset = ""
    if isinstance(off, (int, float)):
        offset = utc_offset_text(off)
        if v.get("observes_dst"):
            offset += " with summer time"
        back = v.get("clock_back")
        if isinstance(back, dict) and isinstance(back.get("utc_offset_hours"), (int, float)):
            # a clock put back for a few weeks each year (Morocco's Ramadan hour since 2019, T33A L2)
            offset += (f", {utc_offset_text(back['utc_offset_hours'])} "
                       f"{'during Ramadan' if back.get('ramadan') else 'for a few weeks each year'}")
        laws = v.get("law_periods")
        if isinstance(laws, list) and len(laws) > 1:
            # the zone's law changed within the records (T28C L1): "UTC+3; until 6 Sep 2016, UTC+2 with summer
            # time"; an offset kept and only summer time dropped or taken up is said once (WORD60, T57B: "UTC−6;
            # UTC−6 with summer time until 29 Oct 2022" read as a repeat): "UTC−6; until 29 Oct 2022, with summer
            # time"
            offset += "".join(f"; until {day(p['until'])}, {said}" for p in laws[:-1] if isinstance(p, dict)
                              and "until" in p for said in [_law_differs(p, off, bool(v.get("observes_dst")))] if said)
    if zone:
        city = zone_city(str(zone))
        earlier = v.get("earlier_zone")
        if isinstance(earlier, dict) and earlier.get("zone") and earlier.get("until"):
            # a move: each period has its zone (inference.timezone.MovedZone)
            home = [p for p in v.get("periods") or () if isinstance(p, dict) and p.get("kind") == "home"]
            try:
                since = day((date.fromisoformat(str(earlier["until"])) + timedelta(days=1)).isoformat())
            except ValueError:
                # undated without --include-sensitive (GATE3): the new clock's first record, as the value says it
                since = (bound_day(home[-1].get("from"), home[-1].get("from_month")) if home
                         else f"after {day(earlier['until'])}")
            between = earlier.get("moved_between")
            if isinstance(between, dict) and between.get("from") and between.get("to"):
                # a move the records can only bracket: the two clocks agree in the season it fell in (Phoenix →
                # Denver in winter, T35 MOVEDATE): both bounds said, not the period's cut as its day
                since = (f"a move between {bound_day(between['from'], between.get('from_month'))} and "
                         f"{bound_day(between['to'], between.get('to_month'))}")
            # the earlier clocks the move's step fits alike (T41: a Denver → New York move read "before, on Los
            # Angeles time", one wrong clock): each said, as the later side's open clocks are
            before_said = join([f"{zone_city(str(z))} time ({z})" for z in
                                [earlier["zone"], *(o["zone"] for o in earlier.get("open_zones") or ()
                                                    if isinstance(o, dict) and o.get("zone"))]], "or")
            said = [p for p in v.get("periods") or () if isinstance(p, dict) and p.get("zone")]
            if len(said) > 2 and said[-1].get("kind") == "home" and said[-2].get("kind") != "earlier home" \
                    and said[-2].get("zone") != zone:
                # a stay on a third clock between the earlier home and this one (SWITCH62, T59D 6: Berlin, a Tokyo
                # stay, London, said "London time since 11 Jul 2026; before, on Berlin time" — the day Tokyo's
                # stay began, and not the clock switched from): the current period's own first day and the clock
                # just before it
                since = bound_day(said[-1].get("from"), said[-1].get("from_month"))
                before_said = f"{zone_city(str(said[-2]['zone']))} time ({said[-2]['zone']})"
            return (f"You live on {city} time ({zone}{', ' + offset if offset else ''}) since "
                    f"{since}; before, on {before_said}.")
        seasons = [s for s in v.get("seasons") or () if isinstance(s, dict) and s.get("zone")]
        if len(seasons) == 2:  # two seasonal homes, each read on its clock (T31B S2)
            def season(s: dict[str, Any]) -> str:
                off = s.get("utc_offset_hours")
                said = (utc_offset_text(off) + (" with summer time" if s.get("observes_dst") else "")
                        if isinstance(off, (int, float)) else "")
                months = "–".join(date(2000, int(s[k]), 1).strftime("%b") for k in ("from_month", "until_month"))
                if _unplaced_clock(s):
                    return f"{_unplaced_clock(s)} {months}"
                return f"{zone_city(str(s['zone']))} time ({s['zone']}{', ' + said if said else ''}) {months}"
            return f"You live on two clocks by season: {' and '.join(season(s) for s in seasons)}, each year."
        away = [p for p in v.get("periods") or () if isinstance(p, dict) and p.get("kind") != "home" and p.get("zone")]
        if away:
            # periods on other clocks (a stay abroad, an earlier home): each named with its dates
            words = {"stay": "a stay abroad?", "earlier home": "an earlier home?", "latest": "a stay, or a move?",
                     "season": "a season in your other home", "stint": "a stint on another of the country's clocks"}
            said = "; ".join(f"{period_span(p)} on "
                             f"{_unplaced_clock(p) or zone_city(str(p['zone'])) + ' time (' + str(p['zone']) + ')'}"
                             f" — {words.get(str(p.get('kind')), 'another clock')}" for p in away)
            return f"You live on {city} time ({zone}{', ' + offset if offset else ''}); {said}"
        better = [b for b in v.get("fits_better") or () if isinstance(b, dict) and b.get("zone")]
        if better:  # the country's other clock fits the activity better (T31B Z1): said, not only in a caveat
            b = better[0]
            other = utc_offset_text(b["utc_offset_hours"]) if isinstance(b.get("utc_offset_hours"), (int, float)) \
                else ""
            return (f"You live on {city} time ({zone}{', ' + offset if offset else ''}), where most of the country "
                    f"lives; your activity fits {zone_city(str(b['zone']))} time ({b['zone']}"
                    f"{', ' + other if other else ''}), its other clock, better.")
        return f"You live on {city} time ({zone}{', ' + offset if offset else ''})."
    return f"Your clock runs on {offset}." if offset else ""


def _sleep_type_words(v: dict[str, Any]) -> dict[str, str]:
    # a day sleeper's two windows are her work and free nights, read from her own nights (clock: night_types)
    own = v.get("night_types")
    if isinstance(v.get("roster"), dict):  # a roster's duty and free nights on any weekday (rosters.roster_nights)
        return {"weekday": "on duty nights", "weekend": "on free nights"}
    if isinstance(own, dict) and {own.get("work"), own.get("free")} == {"weekday", "weekend"}:
        return {own["work"]: "on work nights (by day)", own["free"]: "on free nights"}
    return {"weekday": "on weekdays", "weekend": "at weekends"}


def _h_sleep(v: dict[str, Any]) -> str:
    wk, we = v.get("weekday"), v.get("weekend")
    words = _sleep_type_words(v)
    parts = []
    if isinstance(wk, dict):
        parts.append(f"{wk['start']}–{wk['end']} {words['weekday']}")
    if isinstance(we, dict):
        parts.append(f"{we['start']}–{we['end']} {words['weekend']}")
    # an earlier era of other sleep (sleep.earlier_sleep_era), by month as the finding gives it (SLEEP6's left)
    era = v.get("earlier_period")
    clocks = open_clocks(v)
    if parts and clocks:
        # the windows on every clock the activity leaves open, never one clock's as fact (T33B M2)
        same = isinstance(wk, dict) and isinstance(we, dict) and (wk["start"], wk["end"]) == (we["start"], we["end"])
        said = (f"{wk['start']}–{wk['end']}" if same else join(parts))  # type: ignore[index]
        kinds = f", {words['weekday']} and {words['weekend']} alike" if same else ""
        earlier = ""
        if isinstance(era, dict) and isinstance(w := era.get("window"), dict):
            try:
                until = date.fromisoformat(f"{era['to']}-01").strftime("%b %Y")
                earlier = f"; until {until}, about {on_clocks(clocks, str(w['start']) + '–' + str(w['end']))}"
            except (KeyError, TypeError, ValueError):
                earlier = ""
        return (f"You are offline (asleep) about {on_clocks(clocks, said)}{kinds}{earlier} ({OPEN_CLOCKS_SAID}).")
    if parts and isinstance(era, dict) and isinstance(w := era.get("window"), dict):
        try:
            until = date.fromisoformat(f"{era['to']}-01").strftime("%b %Y")
        except (KeyError, TypeError, ValueError):
            until = None
        if until:
            return f"You are offline (asleep) about {join(parts)}; until {until}, about {w['start']}–{w['end']}."
    return f"You are offline (asleep) about {join(parts)}." if parts else ""


def _h_jetlag(v: dict[str, Any]) -> str:
    if v.get("free_days") == "roster":  # a roster's days off, not the weekend (rosters.roster_nights)
        return f"Your sleep shifts by {hours(v['hours'])} between your duty nights and your free nights."
    return f"Your sleep shifts by {hours(v['hours'])} between weekdays and weekends."


def _h_late(v: dict[str, Any]) -> str:
    # without --include-sensitive the dates are withheld for everyone, their number kept (``listed``,
    # ``travel_nights``: sensitive.withhold_night_dates)
    n = len(v.get("dates") or []) or int(v.get("listed") or 0)
    away = len(v.get("travel_dates") or []) or int(v.get("travel_nights") or 0)
    # nights on a trip abroad were on another clock: said as set aside, never counted (the twenty-third pass)
    aside = f"{count_phrase(away, 'night')} on a trip abroad set aside" if away else ""
    # nights with one record inside the window are not listed (one may be an odd timestamp), yet said: a habit of short
    # wakes on a third of the nights was "No late nights" (T33B M4)
    stray = int(v.get("nights_one_record") or 0)
    single = f"{count_phrase(stray, 'more night')} with a single record inside it, not listed" if stray else ""
    if not n:
        said0 = "; ".join(x for x in (aside, single.replace(" more", "", 1)) if x)
        return "No late nights awake inside your usual sleep time" + (f" ({said0})." if said0 else ".")
    spans = [sp for sp in v.get("broken_spans") or [] if isinstance(sp, dict)]
    said = [f"last in {month_year(v['dates'][-1])}"] if v.get("dates") else []
    if not v.get("dates") and int(v.get("over_days") or 0) > 1:  # without the flag: the span, not the dates
        k = int(v["over_days"])
        said = [f"over {k} days" if k < 62 else f"over {round(k / 30.44)} months" if k < 730
                else f"over {f'{k / 365.25:.1f}'.removesuffix('.0')} years"]
        from dataexam.inference.sensitive import month_words

        windows = [w for w in (month_words(o) for o in v.get("over_days_outside") or ()) if w]
        if windows:  # the span of the nights outside a window about a night-time switch (WINDOW64)
            said[0] += f" outside {' and '.join(windows)}"
    said += [aside] if aside else []
    said += [single] if single else []
    if spans and "from" not in spans[0]:  # without their months (--include-sensitive): how many spells
        said += [f"{count_phrase(len(spans), 'spell')} of broken nights"]
    elif spans:
        said += ["broken nights " + join([_month_span(sp) for sp in spans])]
    return (f"{count_phrase(n, 'late night')} awake inside your usual sleep time"
            + (f" ({'; '.join(said)})" if said else "")
            + ".")


def _month_span(sp: dict[str, Any]) -> str:
    """A late-nights ``broken_spans`` item in words: "in Mar 2024" or "Mar 2024 – Jun 2024"; without its months
    (no ``from``: without --include-sensitive) "in one month" or "over 4 months"."""
    if "from" not in sp:
        n = int(sp.get("months") or 0)
        return "in one month" if n == 1 else f"over {n} months"
    a, b = month_year(f"{sp.get('from')}-01"), month_year(f"{sp.get('to')}-01")
    return f"in {a}" if a == b else f"{a} – {b}"


def _h_routine(v: dict[str, Any]) -> str:
    clocks = open_clocks(v)
    text = _h_routine_one(v)
    if not clocks or not text:
        return text
    # the hours on every clock the activity leaves open (T33B M2): "weekdays 06–14 on Los Angeles time, … or
    # 09–17 on New York time are quiet"
    wh, block, peak = v.get("working_hours"), v.get("quiet_block"), v.get("peak")
    for hours in (wh, block, v.get("active_hours")):
        said = str(hours or "").replace("-", "–")
        if said and said in text:
            return text.replace(said, on_clocks(clocks, said), 1).rstrip(".") + f" ({OPEN_CLOCKS_SAID})."
    wd = peak.get("weekday") if isinstance(peak, dict) else None
    day = wd if isinstance(wd, int) and 0 <= wd < 7 else WEEKDAYS.index(wd) if wd in WEEKDAYS else None
    if isinstance(peak, dict) and isinstance(peak.get("hour"), int) and day is not None \
            and f"around {peak['hour']:02d}:00" in text:
        hour = int(peak["hour"])

        def at(h: float) -> str:  # the weekday moves with the hour across midnight
            return (f"{WEEKDAYS[(day + math.floor((hour + h) / 24)) % 7]} around "
                    f"{shifted_times(f'{hour:02d}:00', h)}")
        return (f"You are most active on {join([f'{at(h)} on {zone_city(z)} time' for z, h in clocks], 'or')} "
                f"({OPEN_CLOCKS_SAID}).")
    return text


def _h_routine_one(v: dict[str, Any]) -> str:
    wh = v.get("working_hours")
    if wh and v.get("weekday_daytime_quiet"):
        return f"You keep office hours: weekdays {str(wh).replace('-', '–')} are quiet, weekends are not."
    block = v.get("quiet_block")
    if block and not wh and v.get("weekday_daytime_quiet"):
        # the quiet weekday block is the weekday sleep (a night worker's day sleep), not office hours
        return (f"Your quiet weekday daytime ({str(block).replace('-', '–')}) is your weekday sleep: night or shift "
                "work, not office hours.")
    if v.get("label") in ("weekdays only", "weekends only"):  # the pattern is the finding (T26B's M3)
        hours = f", {str(v['active_hours']).replace('-', '–')}" if v.get("active_hours") else ""
        return f"You are active only {'on weekdays' if v['label'] == 'weekdays only' else 'at weekends'}{hours}."
    rota = v.get("rotating_shifts")
    if isinstance(rota, dict) and rota.get("patterns"):  # the sleep finding's rota (T30B M5)
        return (f"Your weeks take turns between {rota['patterns']} shift patterns (rotating shift work): no one "
                "weekly routine holds.")
    peak = v.get("peak")
    if isinstance(peak, dict) and peak.get("confidence") == "low":
        # the busiest cell changes between resamples of the days (T27B M4: a retiree posting on the 3rd and 18th of
        # each month was "most active on Sun around 11:00" at high)
        return "No busiest weekday and hour stands out: your activity is spread over the week."
    if isinstance(peak, dict):
        wd = peak.get("weekday")
        wd = WEEKDAYS[wd] if isinstance(wd, int) and 0 <= wd < 7 else wd
        return f"You are most active on {wd} around {int(peak.get('hour', 0)):02d}:00."
    return ""


def _by_month(moved: dict[str, Any]) -> dict[str, Any]:
    """A home's ``moved`` with each withheld bound (a night-time record's day, "withheld Sun 23:00") replaced by the
    first of its month (``since_month`` …: "2024-11" → "2024-11-01"), as the sentences say a move only by its month:
    "since Sun 23:00, date withheld (…)" where the finding said "since Nov 2024" (T38B)."""
    def months(d: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
        # a window near a night-time move ("2026-06/2026-08", WINDOW62) as it is: month_year says its months
        return d | {k: d[k + '_month'] if "/" in d[k + '_month'] else f"{d[k + '_month']}-01" for k in keys
                    if str(d.get(k)).startswith(TIME_WITHHELD) and isinstance(d.get(k + "_month"), str)}

    out = months(moved, ("until", "since"))
    if isinstance(moved.get("periods"), list):
        out["periods"] = [months(p, ("from", "until")) if isinstance(p, dict) else p for p in moved["periods"]]
    return out


def _h_home(v: dict[str, Any]) -> str:
    """The home in words, with the move the JSON's ``moved`` holds: "You most likely live in Berlin, Germany since
    Jul 2023 (before: France Jan 2020 – Jun 2023)." (the JSON summary's sentence; text and Markdown had left the
    move out: ART9 fault 3)."""
    # a country alone as a sentence writes it ("the United Kingdom"), a town's country bare ("Leeds, United Kingdom")
    where = town_and_country(v["city"], v.get("country")) if v.get("city") \
        else country_in_text(v["country"]) if v.get("country") else ""
    if not where:
        return ""
    if v.get("country") == "US" and not v.get("city") and (forces := _ARMED_FORCES.get(str(v.get("region")))):
        # an APO / FPO / DPO address (USPS' military "states" AA / AE / AP): a US military post abroad, no town
        # (AMZ53: "You most likely live in United States.")
        return (f"Your orders ship to a US military post office abroad (APO / FPO / DPO {v['region']}: Armed Forces "
                f"{forces}); no town is named.")
    moved = v.get("moved")
    if isinstance(moved, dict) and moved.get("since"):
        moved = _by_month(moved)
        periods = [p for p in moved.get("periods") or () if isinstance(p, dict)]
        if moved.get("seasonal"):  # two homes by season (T31B S1), as the finding says them
            from ..inference.stays import seasons_text

            home = v.get("country")
            return "You most likely have " + seasons_text(
                moved["seasonal"],
                lambda h: where if h.get("country") == home else country_in_text(h.get("country"))) + "."
        if any(p.get("stay_abroad") for p in periods):  # a stay abroad named as one (T30B M4), as the finding does
            from ..inference.stays import history_text  # here: the inference package is slow to import

            return f"You most likely live in {history_text(where, periods, country, month_year)}."
        earlier = "; ".join(f"{country_in_text(p.get('country'))} {month_year(p.get('from'))} – "
                            f"{month_year(p.get('until'))}"
                            for p in periods[:-1]) if len(periods) > 2 else country_in_text(moved.get("from"))
        return f"You most likely live in {where} since {month_year(moved['since'])} (before: {earlier})."
    return f"You most likely live in {where}." + _clock_contradicted(v)


def _clock_contradicted(v: dict[str, Any]) -> str:
    """The home's ``clock_contradicted`` in words, for every format (T26C's H2: the JSON said the login country's
    clock was contradicted all year, the text report's home only "You most likely live in Netherlands."):
    " Your logins come from Netherlands, whose clock your activity contradicts by 4–5 h all year: a VPN exit, not
    your home." — "(a VPN exit, or night work?)" where the login country is the home all the same."""
    c = v.get("clock_contradicted")
    if not isinstance(c, dict) or not c.get("country"):
        return ""
    gap = c.get("offset_gap_hours") or ()
    hours = ""
    if len(gap) == 2:
        lo, hi = (f"{g:g}" for g in gap)
        hours = f" by {lo} h" if lo == hi else f" by {lo}–{hi} h"
    said = (f" Your logins come from {country_in_text(c['country'])}, whose clock your activity contradicts{hours} "
            "all year")
    return said + (" (a VPN exit, or night work?)." if c["country"] == v.get("country") else
                   ": a VPN exit, not your home.")


def home_moves(v: dict[str, Any]) -> str:
    """The periods of a home's move history (``moved.periods``) in words: "France Jan 2020 – Jun 2023; Germany
    since Jul 2023"; ``""`` without a move."""
    moved = v.get("moved")
    if not isinstance(moved, dict):
        return ""
    periods = [p for p in _by_month(moved).get("periods") or () if isinstance(p, dict)]
    # a stay abroad by its months (stays.mark_stays), never a night-time record's withheld day
    parts = [f"{country(p.get('country'))} {month_year(p['stay_abroad']['from'] + '-01')} – "
             f"{month_year(p['stay_abroad']['until'] + '-01')} (a stay abroad)" if p.get("stay_abroad") else
             f"{country(p.get('country'))} {month_year(p.get('from'))} – {month_year(p.get('until'))}"
             for p in periods[:-1]]
    if periods:
        parts.append(f"{country(periods[-1].get('country'))} since {month_year(periods[-1].get('from'))}")
    return "; ".join(parts)


#: how the trips summary's sentences on days read as no trips begin (inference.moves: "Your days in Switzerland are
#: working days …: a commute, not trips.", "Your weekends in Poland (…) are a second home, not trips."), its last
NOT_TRIPS_OPENINGS = ("Your days in ", "Your weekends in ")


def not_trips_said(summary: str) -> str:
    """The trips summary's closing sentences on days read as no trips (:data:`NOT_TRIPS_OPENINGS`), or ""."""
    at = [i + 1 for o in NOT_TRIPS_OPENINGS if (i := summary.find(f" {o}")) >= 0]
    return summary[min(at):] if at else ""


def trip_span(t: dict[str, Any]) -> str:
    """A trip's days (:func:`span`: "3–6 Jul 2026"); days near a night-time move withheld without
    --include-sensitive (``start_month``/``end_month``; ``inference.moves.undate_trips_near_move``, EXAMPLE60) by
    their months: "Jul 2026 (days withheld: near a night-time move; --include-sensitive)"."""
    if str(t.get("start")).startswith(TIME_WITHHELD) or str(t.get("end")).startswith(TIME_WITHHELD):
        return period_span({"from": t.get("start"), "to": t.get("end"), "from_month": t.get("start_month"),
                            "to_month": t.get("end_month")})
    return span(t.get("start"), t.get("end"))


def _h_trips(v: list[dict[str, Any]], summary: str = "") -> str:
    """The trips listed (the first four), a stay still open at the end, and the days the summary reads as no trips
    (a weekend home, a commute: FIX2, "18 trips abroad: …" said nothing of the weekends in Poland)."""
    if not v:
        return ""  # the finding's summary: "No trips abroad seen.", or why none is seen (T28C M3)
    parts = [f"{country_in_text(t['country'])} {trip_span(t)}" for t in v[:4]]
    more = f" and {len(v) - 4} more" if len(v) > 4 else ""
    head = f"{count_phrase(len(v), 'trip')} abroad: {', '.join(parts)}{more}."
    last = v[-1]
    if last.get("open_at_end"):
        # a stay still open at the export's end, with an order to a new address there (T30B's M7) or of a move's
        # length (moves.MovesMixin._open_stay): a trip or a move. The length alone was said "with an order to a new
        # address there" too, where no order was seen (T39)
        n = last.get("new_address_orders") or 0
        try:
            lasted = (date.fromisoformat(last["end"]) - date.fromisoformat(last["start"])).days + 1
        except ValueError:  # its days withheld near a night-time move (trip_span): no length from them
            lasted = None
        sign = (f"with {count_phrase(n, 'order')} to a new address there" if n
                else f"{lasted} days long" if lasted else "its days withheld")
        head += (f" The stay in {country_in_text(last['country'])} is still open when the records end, {sign}: a "
                 "trip or a move — too recent to tell.")
    said = not_trips_said(summary)
    return f"{head} {said}" if said else head


def demographic_text(d: dict[str, Any]) -> str:
    """One platform-declared demographic in words: "language English", "language German (you switched it off)",
    "gender unknown (you entered: Borg)" (T28A L6: the switched-off language and the person's own gender were not
    said)."""
    text = f"{label(d.get('type'))} {d.get('value')}"
    if d.get("switched_off"):
        text += " (you switched it off)"
    if d.get("override"):
        text += f" (you entered: {d['override']})"
    return text


def _h_devices(v: dict[str, Any]) -> str:
    shares = v.get("shares") or {}
    main = v.get("primary_os")
    if main is None:  # a tie (T28A M1): no primary OS, the tied ones named
        top = max(shares.values(), default=None)
        tied = [k for k, s in shares.items() if s == top]
        return f"No one operating system leads: {join(tied)} in {percent(top)} of records each." if top else ""
    # a sentence (WORD60, T57B: "Mostly iOS (92%)." was a fragment), its share of the records said as the tie's is
    return (f"Your records come mostly from {main} ({percent(shares.get(main))} of them)." if main in shares
            else f"Your records come mostly from {main}.")


def _h_languages(v: dict[str, Any]) -> str:
    shares = v.get("shares") or {}
    top = [f"{language(k)} ({percent(s)})" for k, s in sorted(shares.items(), key=lambda kv: -kv[1])
           if s >= LANGUAGE_LIST_SHARE]
    return f"You write in {join(top[:4])}." if top else ""


def _h_mood(v: dict[str, Any]) -> str:
    read = v.get("share_read")  # the English share, where texts in other languages went unread (T29C H8, T29D N10)
    said = _h_mood_periods(v)
    if isinstance(read, (int, float)):  # the finding first, its scope after (T56C 6: "Read 68% of your texts, the
        # English ones: a low spell in your writing: …" read garbled)
        from dataexam.inference.text import read_from

        said = f"{said} {read_from(read)}"
    quoted = v.get("quoted_left_out")  # texts quoting someone else: the quotations were not scored (T29D L-e)
    if quoted:
        said += f" Words you quoted from others ({count_phrase(quoted, 'text')}) were left out."
    return said


def _h_mood_periods(v: dict[str, Any]) -> str:
    lows = v.get("low_periods") or []
    if not lows:
        return "No low period in the tone of your writing."
    # the longest three, said in time order, and how many more (T27B M6: the fourth and longest, 18 weeks, was
    # dropped without a word)
    shown = sorted(sorted(lows, key=lambda p: -int(p.get("weeks") or 0))[:3], key=lambda p: str(p["start"]))
    # the weeks and the kind of text in one bracket (WORD60, T57B: "9 Mar – 3 May 2020 (8 weeks) (in your messages)")
    parts = [f"{span(p['start'], p['end'])}"
             + (f" ({count_phrase(p['weeks'], 'week')}{_mood_source(p)})" if p.get("weeks") is not None
                else f" ({_mood_source(p)[2:]})" if _mood_source(p) else "")
             + (f", after {p['follows']}" if p.get("follows") else "") for p in shown]
    if len(lows) > len(shown):
        more = len(lows) - len(shown)
        parts.append(count_phrase(more, "shorter one"))
    return f"Your writing turned low {join(parts)}." if len(lows) > 1 else \
        f"A low spell in your writing: {parts[0]}."


def _mood_source(period: dict[str, Any]) -> str:
    """", in your posts" for a low period read in one kind of text only (mood ``source``), else "": said inside the
    bracket of its weeks ("(8 weeks, in your messages)")."""
    source = period.get("source")
    return f", in your {source}" if source in ("posts", "messages") else ""


def _cats(rows: list[dict[str, Any]], n: int = 5) -> str:
    return join([label(r["category"]) for r in rows[:n]])


def _h_topics(v: list[dict[str, Any]]) -> str:
    if not v:
        return ""
    since = v[0].get("since")  # read from the recent years (textrules.RECENT_YEARS), as the finding says
    if since:  # the month the texts really begin where it is not the window's January (T32A L2)
        from dataexam.inference.textrules import month_words

        since = month_words(v[0].get("since_month"), since)
    return f"Since {since}, you write most about {_cats(v, 3)}." if since else f"You write most about {_cats(v, 3)}."


def _h_style(v: dict[str, Any]) -> str:
    """The style finding's glance line, one sentence with a subject (T56C 6: "About 9 words per sentence, US spelling
    and you reply after about 20 h (median)." listed a count, a noun and a clause): "You write about 9 words per
    sentence in US spelling and reply after about 20 h (median)."."""
    write = []
    wps = (v.get("overall") or {}).get("words_per_sentence")
    if wps:
        # counted on the texts in spaced scripts only: the glance says so as the finding does (T27D L4)
        unspaced = v.get("unspaced_share") or 0
        write.append(f"about {count_phrase(round(wps), 'word')} per sentence"
                     + (f" (counted on the {1 - unspaced:.0%} of your texts in spaced scripts)"
                        if unspaced >= 0.005 else ""))
    variant = (v.get("spelling") or {}).get("variant")
    if variant:
        write.append(f"in {variant} spelling")
    lat = v.get("reply_latency_median_minutes")
    verbs = [f"write {' '.join(write)}"] if write else []
    if lat is not None:
        verbs.append(f"reply after {minutes(lat)} (median)")
    return f"You {join(verbs)}." if verbs else ""


def _h_interests(v: list[dict[str, Any]]) -> str:
    from dataexam.inference.interests import interests_sentence

    return interests_sentence(v) if v else ""  # the finding's own wording, with its era (T29C M4)


def chart_rows(fid: str, v: list[Any]) -> list[dict[str, Any]]:
    """The rows a chart of topics or interests shows: an interest of an older era (``era`` "earlier") only where no
    row is of today's (its records are not today's: T29C M4)."""
    rows = [r for r in v if isinstance(r, dict)]
    if fid == "interests" and any(r.get("era") != "earlier" for r in rows):
        rows = [r for r in rows if r.get("era") != "earlier"]
    return rows


def spending_totals(v: dict[str, Any]) -> list[tuple[str, Decimal, list[tuple[str, Decimal]]]]:
    """[(currency, total, [(year, amount)])], biggest number of years first."""
    out = []
    for cur, years in (v.get("totals") or {}).items():
        rows = []
        for year, amount in sorted((years or {}).items()):
            try:
                rows.append((str(year), Decimal(str(amount))))
            except (InvalidOperation, ValueError):
                continue
        out.append((str(cur), sum((a for _, a in rows), Decimal(0)), rows))
    main = v.get("main_currency")
    out.sort(key=lambda r: (r[0] != main, -len(r[2]), -r[1]))
    return out


def _h_spending(v: dict[str, Any]) -> str:
    # the finding's own sentence (outflow, refunds got back, orders paid from gift-card balance), with currency
    # symbols: one wording in JSON, text, Markdown and HTML
    from dataexam.inference.money import spending_sentence

    return spending_sentence(v, money)


def _h_social(v: dict[str, Any]) -> str:
    """The social finding's glance line, a sentence with one subject (T56C 6: "100 Facebook friends, 74 X followers,
    you follow 103 on X and you message Mia Becker most" listed counts and clauses alike): "You have 100 Facebook
    friends and 74 X followers, follow 103 accounts on X and message Mia Becker most (1,628 messages)."; the change
    of circle a sentence of its own."""
    have = []
    if v.get("facebook_friends"):
        have.append(count_phrase(v["facebook_friends"], "Facebook friend"))  # "1 Facebook friend" (T29A L2)
    if v.get("twitter_followers"):
        have.append(count_phrase(v["twitter_followers"], "X follower"))
    verbs = [f"have {join(have)}"] if have else []
    if v.get("twitter_following"):
        verbs.append(f"follow {count_phrase(v['twitter_following'], 'account')} on X")
    top = (v.get("top_contacts") or [None])[0]
    if isinstance(top, dict) and top.get("name"):
        same = top.get("same_name")
        # two people of one name are two contacts (the twenty-third pass's first tester): say so
        also = f"; {number(same)} different people have this name" if isinstance(same, int) and same > 1 else ""
        verbs.append(f"message {top['name']} most ({count_phrase(top.get('messages'), 'message')}{also})")
    said = f"You {join(verbs)}." if verbs else ""
    # the change of circle over time, where the data shows one (T27B L3): said, never explained
    change = v.get("circle_change")
    if isinstance(change, dict) and isinstance(change.get("before"), dict) and isinstance(change.get("after"), dict):
        said += (f" The people you message one-to-one went from about {number(change['before'].get('people'))} "
                 f"a quarter to about {number(change['after'].get('people'))} (from {change['after'].get('from')}).")
    return said.strip()


def _h_household(v: dict[str, Any]) -> str:
    # the finding's own sentence (its JSON summary), with this module's month and count wording
    from dataexam.inference.interests import household_sentence

    return household_sentence(v, month_year)


def _h_impulse(v: dict[str, Any]) -> str:
    parts = []
    if v.get("late_night_items"):
        # the clock is named where the number is (T24C M1: the UTC clock was said only in the JSON summary)
        zone = v.get("zone") or "UTC"
        hours = v.get("late_hours") or "23–04"  # the person's own night's where the sleep finding has it (T32A M4)
        clock = f"{hours} UTC; no time zone was found" if zone == "UTC" else f"{hours} {zone} time"
        if clocks := open_clocks(v):  # the late hours on every clock the activity leaves open (T33B M2)
            clock = f"{on_clocks(clocks, str(hours))}; {OPEN_CLOCKS_SAID}"
        parts.append(f"{count_phrase(v['late_night_items'], 'item')} ({percent(v.get('late_night_share'))}) ordered "
                     f"late at night ({clock})")
    if v.get("ad_order_pairs"):
        n = v["ad_order_pairs"]
        parts.append(f"{count_phrase(n, 'order')} within a day of a matching ad")
    return (parts[0][0].upper() + join(parts)[1:] + ".") if parts else ""


def _h_trust(v: dict[str, Any]) -> str:
    rng = v.get("range") or [350, 950]
    # "767 on a scale of 350–950", not "767 of 350–950" (T56C 6: read as a count of a range)
    return f"A mock 'trust score' would put you at {v['score']} on a scale of {rng[0]}–{rng[1]} ({v.get('band')})."


def _h_platform(v: dict[str, Any]) -> str:
    parts = []
    for name, p in (v.get("platforms") or {}).items():
        if isinstance(p, dict) and p.get("mappable"):
            parts.append(f"{p.get('agreeing', 0)} of {p['mappable']} {platform_list_name(name)}")
    extra = v.get("derived_not_declared") or []
    years = v.get("derived_years")  # the years of records the platforms' undated lists were set against
    text = f"Your records{f' of {years}' if years else ''} back {join(parts)}." if parts else ""
    unchecked = v.get("not_checkable")
    if unchecked:  # its texts may be among those the keyword lists cannot read (inference.platform, T27B M1)
        share = v.get("unread_text_share")
        text += (f" {number(unchecked)} declared interest{'s are' if unchecked != 1 else ' is'} not checkable"
                 + (f": {percent(share)} of your texts are in languages dataexam's keyword lists cannot read"
                    if isinstance(share, (int, float)) else "") + ".")
    unmapped = v.get("not_mappable")
    if extra:
        text += f" The data also implies {join([label(x) for x in extra])}" + (
            ", which no mappable declared interest names." if unmapped else ", which no platform lists.")
    if unmapped:  # names in the account's language the keyword map does not hold (inference.platform, T30A H2)
        from dataexam.inference.platform import not_mappable_phrase

        text += f" {not_mappable_phrase(int(unmapped))}"
    targeting = v.get("twitter_ad_targeting")
    if isinstance(targeting, dict) and targeting.get("types"):  # X's own inference about you (T29A M1)
        text += (f" X's ad targeting matched you on {join([str(k) for k in targeting['types']])} "
                 f"({count_phrase(targeting.get('ads'), 'ad')}).")
    places = v.get("facebook_login_places")
    if isinstance(places, dict) and places.get("places"):  # Facebook's own place for each login (T29A L1)
        top = places["places"][0]
        from dataexam.inference.platform import place_words

        text += (f" Facebook places your logins most often in {place_words(str(top.get('place')))} "
                 f"({number(top.get('logins'))} of {number(places.get('logins'))}).")
    return text.strip()


def withheld_special(key: str, p: Any) -> str:
    """What stands for a platform list's declared items in special categories, which the report counts but does
    not name without --include-sensitive (``withheld_special`` of ``platform_vs_derived``): "8 more in special
    categories (health, politics, religion, sexuality): --include-sensitive shows them"; ``""`` when none."""
    w = p.get("withheld_special") if isinstance(p, dict) else None
    if not isinstance(w, dict) or not isinstance(w.get("count"), int) or w["count"] <= 0:
        return ""
    n = w["count"]
    cats = join([str(c) for c in w.get("categories") or []])
    return (f"{n} {'more ' if (p.get('items') or []) else ''}in special categories of data"
            f"{f' ({cats})' if cats else ''}, not named: --include-sensitive shows {'them' if n != 1 else 'it'}")


def set_apart(key: str, p: Any) -> str:
    """What a platform list holds apart from its counted interests (``switched_off``, ``behaviour_categories`` of
    ``platform_vs_derived``): "you switched off: Cryptocurrencies; behaviour and demographic categories, not
    interests: Frequent Travelers, Away from hometown"; ``""`` when none."""
    if not isinstance(p, dict):
        return ""
    parts = []
    for key_, words in (("switched_off", "you switched off"),
                         ("behaviour_categories", "behaviour and demographic categories, not interests")):
        names = [str(r.get("declared")) for r in p.get(key_) or [] if isinstance(r, dict)]
        if names:
            parts.append(f"{words}: {plain(names, 5)}")
    return "; ".join(parts)


_X_LISTS = {"shows": "TV shows", "lookalike_advertisers": "look-alike advertisers",
            "audience_advertisers": "advertisers with you in a tailored audience",
            "catalog_audience_advertisers": "catalog-audience advertisers",
            "do_not_reach_advertisers": "advertisers choosing not to reach you"}


def x_inference_lines(x: Any) -> list[str]:
    """X's other personalization statements (``twitter_inferences`` of ``platform_vs_derived``) in words, one per
    list: "TV shows (2): Skam, Exit", "tailored audiences: 3"; names in special categories counted, not named."""
    if not isinstance(x, dict):
        return []
    out = []
    for key, name in _X_LISTS.items():
        entry = x.get(key)
        if not isinstance(entry, dict) or not entry.get("count"):
            continue
        top = [str(t) for t in entry.get("top") or []]
        n = entry["count"]
        more = f" and {number(n - len(top))} more" if n > len(top) and top else ""
        withheld = entry.get("withheld_special")
        hidden = (f" ({withheld} in special categories, not named)" if isinstance(withheld, int) and withheld else "")
        out.append(f"{name} ({number(n)}): {', '.join(top)}{more}{hidden}" if top else f"{name} ({number(n)}){hidden}")
    if isinstance(x.get("audiences"), int):
        out.append(f"tailored audiences: {number(x['audiences'])}")
    return out


def advertiser_list_lines(v: Any, limit: int = 10) -> list[tuple[str, list[str]]]:
    """("Facebook's advertiser lists", ["2 advertisers uploaded a list holding your contact details (…)", …]) per
    platform of ``platform_vs_derived``'s ``facebook_advertisers`` / ``amazon_advertisers`` that holds any, at most
    ``limit`` names per list."""
    from dataexam.inference.platform import _ADVERTISER_OWNER, ADVERTISER_WORDS, advertiser_lines

    if not isinstance(v, dict):
        return []
    return [(f"{_ADVERTISER_OWNER[key]}'s advertiser lists", lines) for key in ADVERTISER_WORDS
            for lines in [advertiser_lines(key, v.get(key), limit)] if lines]


def platform_list_name(key: str) -> str:
    return {"facebook_interests": "Facebook's interests", "facebook_topics": "Facebook's inferred topics",
            "twitter_interests": "X's interests",
            "amazon_audiences": "Amazon's audiences"}.get(key, label(key))


_HEADLINES = {
    "timezone": _h_timezone, "sleep": _h_sleep, "social_jetlag": _h_jetlag, "late_nights": _h_late,
    "routine": _h_routine, "home": _h_home, "trips": _h_trips, "devices": _h_devices, "languages": _h_languages,
    "mood": _h_mood, "topics": _h_topics, "writing_style": _h_style, "interests": _h_interests,
    "spending": _h_spending, "household": _h_household, "impulse_buying": _h_impulse, "social_circle": _h_social,
    "trust_score": _h_trust,
    "platform_vs_derived": _h_platform,
}


# -- facts: a finding's value as label/text pairs --------------------------------------------------------------
def facts(f: dict[str, Any]) -> list[tuple[str, str]]:
    """The value's main fields in words (charts draw the rest); never raises."""
    v = f.get("value")
    fid = f.get("id")
    try:
        if fid == "timezone" and isinstance(v, dict):
            others = [z for z in v.get("candidate_zones") or [] if z != v.get("zone")]
            out = []
            # no record places the person (offsets_open): the zones keeping the head count's clock are no more hers
            # than the other clocks' — a Honolulu sleeper's row named America/Guatemala (T34 M3)
            if others and not v.get("offsets_open"):
                out.append(("Same clock as", join(others[:5]) + (" …" if len(others) > 5 else "")))
            return out
        if fid == "sleep" and isinstance(v, dict):
            out = []
            lengths = [f"{hours(w['duration_hours'])} {_sleep_type_words(v)[k].replace('at ', 'on ')}"
                       for k in ("weekday", "weekend")
                       if isinstance(w := v.get(k), dict) and w.get("duration_hours") is not None]
            if lengths:
                out.append(("Length", join(lengths)))
            if v.get("chronotype"):
                out.append(("Chronotype", str(v["chronotype"])))
            elif isinstance(by_clock := v.get("chronotype_by_clock"), dict) and by_clock:
                # a chronotype that flips between the clocks left open (T32B M12, T36): said on each, none as fact
                out.append(("Chronotype", "depends on the clock: " + join([f"{lab} on {zone_city(z)} time"
                                                                           for z, lab in by_clock.items()])))
            # the nights of a spell of night or shift work at home, read apart (sleep.shift_windows)
            # and of a spell of free days throughout (a school holiday: sleep.HOLIDAY_LABEL), named as such
            # and of a spell of later nights (nightspells.LATER_SPELL_LABEL: weeks awake past the usual bedtime)
            # and of a spell of a short wake each night at one hour (nightspells.WAKE_SPELL_LABEL: T31C N6)
            from dataexam.inference.nightspells import LATER_SPELL_LABEL, WAKE_SPELL_LABELS, sparse_wake
            from dataexam.inference.sleep import HOLIDAY_LABEL

            periods = [sp for sp in v.get("shift_periods") or [] if isinstance(sp, dict)]
            spells = (HOLIDAY_LABEL, LATER_SPELL_LABEL, *WAKE_SPELL_LABELS)
            # (`row`, not `label`: a loop variable named so made the module's label() a local of this function)
            for row, shifts in (("Shift nights", [sp for sp in periods if sp.get("label") not in spells]),
                                ("Holiday nights", [sp for sp in periods if sp.get("label") == HOLIDAY_LABEL]),
                                ("Later nights", [sp for sp in periods if sp.get("label") == LATER_SPELL_LABEL]),
                                ("Woken nights", [sp for sp in periods if sp.get("label") in WAKE_SPELL_LABELS])):
                if shifts:
                    out.append((row, join([
                        (f"{day(sp.get('from'))} – {day(sp.get('to'))}: " if "from" in sp else
                         f"{count_phrase(sp.get('nights'), 'night')} in a spell of "
                         f"{count_phrase(sp.get('days'), 'day')}: ")
                        + (f"awake {k['start']}–{k['end']}"
                           # a spell woken on some of its nights only (nightspells.sparse_wake: T32B M2)
                           + (f" on {sp['woken']} of them" if sp.get("woken") and sparse_wake(sp) else "")
                           if isinstance(k := sp.get("wake"), dict) else
                           f"asleep {w['start']}–{w['end']}" if isinstance(w := sp.get("window"), dict)
                           else "no quiet stretch of 3 h") for sp in shifts])))
            if v.get("nights") or v.get("nights_used"):
                from dataexam.inference.sleep import sleep_nights_phrase  # the JSON summary's words

                out.append(("Rests on", sleep_nights_phrase(v)))
            return out
        if fid == "late_nights" and isinstance(v, dict):
            listed = int(v.get("listed") or 0)
            # without --include-sensitive: the number, the weekdays and the spell, never the dates (for anyone)
            busiest = sorted(((n, d) for d, n in (v.get("weekdays") or {}).items() if n), key=lambda x: -x[0])[:3]
            undated = (f"{number(listed)}, " + (f"most on {join([d for _n, d in busiest])}, " if busiest else "")
                       + "dates withheld (night-time; --include-sensitive)") if listed else "none"
            out = [("Nights", join([day(d) for d in (v.get("dates") or [])][:8]) if v.get("dates") else undated)]
            if v.get("travel_dates"):
                out.append(("On a trip (set aside)", join([day(d) for d in v["travel_dates"]][:8])
                            + (" …" if len(v["travel_dates"]) > 8 else "")))
            elif v.get("travel_nights"):
                out.append(("On a trip (set aside)", f"{count_phrase(v['travel_nights'], 'night')}"))
            spans = [sp for sp in v.get("broken_spans") or [] if isinstance(sp, dict)]
            if spans:
                out.append(("Broken nights", join([f"{_month_span(sp)}: {count_phrase(sp.get('nights'), 'night')} "
                                                   f"({percent(sp.get('share'))})" for sp in spans])))
            by_clock = v.get("share_00_05_by_clock")
            # on the zone chosen and on each clock left open (T32B M12, T36): which one holds is not known
            # (the zone chosen is among by_clock's keys since T36 L7; older JSON may lack it: said first either way)
            out.append(("Share 00–05", percent(v.get("share_00_05"))
                        + (f" on {zone_city(str(v.get('zone')))} time; " + join(
                            [f"{percent(share)} on {zone_city(z)} time" for z, share in by_clock.items()
                             if z != v.get("zone")]) + " (depends on the clock)"
                           if isinstance(by_clock, dict) and by_clock else "")))
            return out
        if fid == "home" and isinstance(v, dict):
            # counted outside the windows about an undated switch (``countries_outside``, WINDOW63): said so
            from dataexam.inference.textrules import month_words

            outside = [str(month_words(w)) for w in v.get("countries_outside") or () if month_words(w)]
            out = [("Countries seen" + (f" outside {' and '.join(outside)}" if outside else ""),
                    join([f"{country(k)} ({number(n)})" for k, n in
                          sorted((v.get("countries") or {}).items(), key=lambda kv: -kv[1])][:5]))]
            if not v.get("countries") and v.get("shipping"):
                out = []  # no located login: the home rests on the shipping addresses
            if v.get("share") is not None:
                out.append(("Share at night", percent(v["share"])))
            if home_moves(v):
                seen_in = v["moved"].get("seen_in") if isinstance(v.get("moved"), dict) else None
                out.append(({"shipping addresses": "Homes by logins, then orders",
                             "shipping addresses, then logins": "Homes by orders, then logins"}.get(
                                 str(seen_in), "Homes by logins"), home_moves(v)))
            weekend = v.get("weekend_home")
            if isinstance(weekend, dict) and weekend.get("place"):
                # a weekend second home (T28C L2): where, and on how many of the weekends
                out.append(("Weekends in", f"{weekend['place']} ({weekend.get('weekends')} of "
                                           f"{weekend.get('of_weekends')} weekends, {weekend.get('confidence')})"))
            ship = v.get("shipping")
            if isinstance(ship, dict) and ship.get("orders"):
                from dataexam.inference.gazetteer import country_display, region_name  # "Tokyo", not ISO's "13"

                # the country by its name (T50: "Toronto, CA" on Amazon.com read as California beside a headline of
                # "Toronto, Canada"); the JSON keeps ISO's letters
                town = ", ".join(x for x in (ship.get("city"), region_name(ship.get("country"), ship.get("region")),
                                             ship.get("country") and country_display(ship["country"])) if x)
                out.append(("Orders ship to", f"{town} ({count_phrase(ship['orders'], 'order')})"))
                earlier = ship.get("earlier")
                if isinstance(earlier, dict):
                    before = ", ".join(x for x in (earlier.get("city"), region_name(earlier.get("country"),
                                                                                  earlier.get("region")),
                                                   earlier.get("country") and country_display(earlier["country"]))
                                       if x)
                    out.append(("Earlier orders to", f"{before} (until {day(earlier['last'])})"))
            return out
        if fid == "writing_style" and isinstance(v, dict):
            o = v.get("overall") or {}
            wps = o.get("words_per_sentence")
            out = [("Sentences", f"{number(wps)} words on average" if wps is not None
                    else "not measured (scripts without spaces between words)"),
                   ("Exclamations", f"{percent(o.get('exclamations_per_text'))} of texts")]
            if v.get("cross_service_similarity") is not None:
                out.append(("Same style across services", percent(v["cross_service_similarity"])))
            return out
        if fid == "spending" and isinstance(v, dict):
            out = [("Items", f"{number(v.get('items'))} ({number(v.get('cancelled_items', 0))} cancelled)")]
            if v.get("median_days_between_order_days") is not None:
                out.append(("Orders every", f"about {v['median_days_between_order_days']} days (median)"))
            if v.get("payment_types"):
                out.append(("Paid with", plain(v["payment_types"])))
            for key, name in (("refunds", "Refunded"), ("net_of_refunds", "Net of refunds"),
                              ("gift_cards_bought", "Gift cards bought"),
                              ("paid_from_gift_card_balance", "From gift-card balance")):
                if v.get(key):
                    out.append((name, join([money(a, c) for c, a in v[key].items()])))
            return out
        if fid == "social_circle" and isinstance(v, dict):
            sent, received = number(v.get("messages_sent")), number(v.get("messages_received"))
            out = [("Messages", f"{sent} sent, {received} received")]
            direct = v.get("one_to_one")
            if isinstance(direct, dict) and v.get("group_chats"):
                out.append(("One-to-one", f"{number(direct.get('sent'))} sent, {number(direct.get('received'))} "
                                          "received"))
            shown = [c for c in (v.get("top_contacts") or [])[:5] if isinstance(c, dict)]
            tops = [f"{c['name']} ({number(c['messages'])})" for c in shown]
            if tops:
                shared = sorted({c["name"] for c in shown if isinstance(c.get("same_name"), int)
                                 and c["same_name"] > 1})
                note = "; ".join(f"{number(next(c['same_name'] for c in shown if c['name'] == n))} different "
                                 f"people are called {n}" for n in shared)
                out.append(("Top contacts", join(tops) + (f" ({note})" if note else "")))
            change = v.get("circle_change")
            if isinstance(change, dict) and all(isinstance(change.get(k), dict) for k in ("before", "after")):
                b, a = change["before"], change["after"]
                out.append(("Circle over time", f"about {number(b.get('people'))} people a quarter ({b.get('from')} – "
                                                f"{b.get('to')}), about {number(a.get('people'))} ({a.get('from')} – "
                                                f"{a.get('to')})"))
            removed = v.get("friends_removed")
            if isinstance(removed, dict) and removed.get("count"):
                months = [month_year(m + "-01") for m in sorted(removed.get("months") or {})]
                when = f" ({months[0]}" + (f" – {months[-1]}" if len(months) > 1 else "") + ")" if months else ""
                out.append(("Friends removed", f"{number(removed['count'])}{when}"))
            groups = v.get("group_chats")
            if isinstance(groups, dict) and groups.get("groups"):
                n = groups["groups"]
                people = groups.get("people")
                out.append(("Group chats", f"{number(people)} {plural(people, 'person', 'people')} in {number(n)} "
                                           f"{plural(n, 'group')} ({number(groups.get('sent'))} sent, "
                                           f"{number(groups.get('received'))} received), not ranked as contacts"))
            sided = v.get("one_sided")
            if isinstance(sided, dict):
                # one-to-one threads only one side wrote in: apart from the circle (T29C M6)
                said = []
                for side, words in (("unanswered", "you never answered"), ("never_replied", "never answered you")):
                    part = sided.get(side)
                    if isinstance(part, dict) and part.get("people"):
                        names = [f"{c['name']} ({number(c.get('messages'))})" for c in part.get("top") or []
                                 if isinstance(c, dict) and c.get("name")]
                        said.append(f"{number(part['people'])} {words}"
                                    + (f": {join(names)}" if names else ""))
                if said:
                    out.append(("One-sided", "; ".join(said) + " — not counted as contacts"))
            notes = v.get("notes_to_self")
            if isinstance(notes, dict) and notes.get("threads"):
                out.append(("Notes to yourself",
                            f"{count_phrase(notes.get('messages'), 'message')}, not counted as sent"))
            if v.get("contacts_without_name"):
                k = v["contacts_without_name"]
                out.append(("Deleted accounts", f"{count_phrase(k, 'one-to-one thread')} with a "
                                                "deleted or deactivated account, not listed"))
            return out
        if fid in ("household", "impulse_buying") and isinstance(v, dict):
            return []  # the headline says it all
        if fid == "financial_stress" and isinstance(v, dict):
            return [("Signals", plain(v.get("signals")) if v.get("signals") else "none")]
        if fid in ("interests", "topics") and isinstance(v, list):
            return []
        if fid == "life_events" and isinstance(v, list):
            # each event by its words ("a new pet?"; an inferred one as its sentence says it, "perhaps a new pet
            # around Jul 2021": WORD59), never its key's row ("type: new_pet": N9, T31C)
            from dataexam.inference.interests import event_words

            told = [e for e in v if isinstance(e, dict) and e.get("basis") == "declared"]
            found = [e for e in v if isinstance(e, dict) and e.get("basis") != "declared"]
            # a day withheld near an undated switch by its month (``start_month``: NEAR61)
            out = [("Declared in", "; ".join(f"{life_event_label(e.get('type'))} "
                                             f"{iso_words(bound_day(e.get('start'), e.get('start_month')))}: "
                                             f"{join(e.get('declared_in') or [])}"
                                             for e in told[:8]))] if told else []
            if found:
                # a first-person post's event is said by its day and kind, as the summary says it (lifeposts)
                out.append(("From your records", "; ".join(
                    f"{life_event_label(e.get('type'))} {_post_day(e.get('start'), e.get('start_month'))} (your post)"
                    if e.get("basis") == "own posts (first person)"
                    else f"{event_words(e.get('type'))} around {_month_of(e.get('month'))} ({e.get('basis')})"
                    for e in found[:5])))
            return out
        if fid in ("routine", "mood", "trips", "languages", "trust_score", "platform_vs_derived", "social_jetlag",
                   "devices"):
            return []
        if isinstance(v, dict):
            return [(label(k), plain(x)) for k, x in v.items() if not isinstance(x, (dict, list))][:6]
        if isinstance(v, list) and v:
            return [("Items", plain(v, 5))]
    except (KeyError, TypeError, ValueError, AttributeError):
        pass
    return []


# -- platform says ---------------------------------------------------------------------------------------------
def home_says(says: dict[str, Any]) -> str:
    """The home finding's ``platform_says`` (``{"cities": {town: n}, "countries": {ISO code: n}}``) in words, each name
    once and towns apart from countries: one town and one country as a sentence says them (:func:`town_and_country`:
    "Mumbai, India"; a city state alone: "Singapore"), more as "Munich and Berlin (Germany)"; a town called as a
    declared country is that country ("Singapore", not "Singapore and Singapore"; WORD62, T58D: towns and countries
    had been one list, "Mumbai and India"); each town once (:func:`_one_name_a_town`)."""
    codes = [str(c) for c in (says.get("countries") or {}) if c]
    names = list(dict.fromkeys(country(c) for c in codes))
    same = {n.casefold() for n in names} | {c.casefold() for c in codes}
    towns = [t for t in _one_name_a_town([str(t) for t in (says.get("cities") or {}) if t], codes)
             if t.casefold() not in same]
    if len(towns) == 1 and len(codes) == 1:
        return town_and_country(towns[0], codes[0])
    if towns and names:
        return f"{join(towns)} ({join(names)})"
    return join(towns) or join(names)


def _one_name_a_town(towns: list[str], codes: list[str]) -> list[str]:
    """The declared ``towns``, each town once by its first name: read as a written place's part is
    (:func:`~dataexam.inference.gazetteer.clean_part`: NFKC, so full-width "Ｍｕｍｂａｉ" is Mumbai, format characters
    and variation selectors out), spellings folded (:func:`~dataexam.inference.gazetteer.fold_town`: case, accents),
    and one GeoNames town — the largest so called, by its own or an alternate name, in one of the declared countries
    ``codes`` (:func:`~dataexam.inference.gazetteer.city_rows`), or the town an address names
    (:func:`~dataexam.inference.gazetteer.town`: "Cologne" is Köln, a Cologne in Italy aside) — ("Munich" and
    "München", "Kyiv" and "Kiev", "Lisbon" and "Lisboa", "New York" and "NYC").
    WORD63, T59A 4: the at-a-glance cell said "Paris and paris
    (France)", "Mumbai and Ｍｕｍｂａｉ (India)", "Munich and München"."""
    from ..inference import gazetteer

    out: list[str] = []
    seen: set[object] = set()
    places = [c.upper() for c in codes if len(c) == 2 and c.isalpha()]
    for raw in towns:
        name = gazetteer.clean_part(raw)
        if not name:
            continue
        keys: set[object] = {gazetteer.fold_town(name)}
        if places and gazetteer.available():  # the largest GeoNames town so called in a declared country
            largest = next((row[:2] for row in gazetteer.city_rows(name) if row[1] in places), None)
            if largest is not None:
                keys.add(largest)
            keys |= {(found.population, found.country) for found in (gazetteer.town(name, c) for c in places)
                     if found is not None}
        if not keys & seen:
            out.append(name)
        seen |= keys
    return out


def platform_lines(data: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(what, the platform says, the data implies) rows for the at-a-glance comparison."""
    rows: list[tuple[str, str, str]] = []
    index = by_id(data)
    for fid in ("timezone", "home", "languages"):
        f = index.get(fid)
        if not f or not f.get("platform_says"):
            continue
        says = f["platform_says"]
        if fid == "home" and isinstance(says, dict):
            says = home_says(says)
        elif fid == "languages" and isinstance(says, dict):
            declared = says.get("x_declared_languages") or []
            tags = says.get("x_tweet_lang_tags") or {}
            off = says.get("x_switched_off_languages") or []
            said = join([str(d) for d in declared] or _shares(tags))
            # a language the person switched off is not X's statement (T28A L6)
            says = ("X: " + said if said else "") + ("; " if said and off else "") + (
                f"you switched off: {join([str(d) for d in off])}" if off else "")
        else:
            says = plain(says)
        rows.append((str(f.get("title") or fid), says or "—", short(f) if has_something(f) else "not enough data"))
    pvd = index.get("platform_vs_derived")
    if pvd and isinstance(pvd.get("value"), dict):
        v = pvd["value"]
        for key, p in (v.get("platforms") or {}).items():
            if not isinstance(p, dict):
                continue
            items = p.get("items") or []
            declared = [str(i.get("declared")) for i in items if isinstance(i, dict)]
            backed = [str(i.get("declared")) for i in items if isinstance(i, dict) and i.get("supported_by_data")]
            says = plain(declared, 5) if declared else "—"
            withheld = withheld_special(key, p)
            if withheld:  # counted, not named (inference.platform)
                says = f"{says}; {withheld}" if declared else withheld
            aside = set_apart(key, p)
            if aside:  # listed apart, outside the counts (inference.platform.APART)
                says = f"{says}; {aside}" if says != "—" else aside
            unchecked = p.get("not_checkable")
            unmapped = p.get("not_mappable")
            rows.append((platform_list_name(key), says,
                         f"{len(backed)} of {p.get('mappable', len(declared))} checkable ones backed by your records"
                         + (f" of {v['derived_years']}" if v.get("derived_years") else "")
                         + (f"; {number(unchecked)} not checkable (texts in other languages unread)"
                            if unchecked else "")
                         + (f"; {number(unmapped)} not mappable (in another language, or named by no keyword "
                            "category)" if unmapped else "")))
        demo = v.get("demographics") or []
        if demo:
            said = join([demographic_text(d) for d in demo[:6] if isinstance(d, dict)])
            implies = "not inferred (see what this tool does not attempt)"
            remarks = [str(r) for r in v.get("demographic_remarks") or []]
            if remarks:  # X contradicts itself (inference.platform.demographic_remarks)
                implies = f"{implies}; {' '.join(remarks)}"
            rows.append(("Demographics", said, implies))
        x_said = x_inference_lines(v.get("twitter_inferences"))
        if x_said:
            rows.append(("X's other inferences", "; ".join(x_said), "not checked: X gives no reasons for them"))
        from dataexam.inference.platform import advertisers_counts

        counts = advertisers_counts(v)  # Facebook's and Amazon's advertiser lists, named below the table (T33A M3)
        if counts:
            rows.append(("Advertiser lists", counts, "not checked: the platforms give no reasons"))
        targeting = v.get("twitter_ad_targeting")
        if isinstance(targeting, dict) and targeting.get("types"):
            rows.append(("X's ad targeting", targeting_says(targeting), targeting_implies(targeting)))
        places = v.get("facebook_login_places")
        if isinstance(places, dict) and places.get("places"):
            from dataexam.inference.platform import place_words

            said = join([f"{place_words(str(p.get('place')))} ({number(p.get('logins'))})"
                         for p in places["places"][:3] if isinstance(p, dict)])
            vs = places.get("vs_home")
            implies = (("your home, " if vs.get("agrees") else "your home is ")
                       + place_words(", ".join(vs["home"].values()), vs["home"].get("country"))
                       + (" (itself from a platform's declaration)" if vs.get("home_basis") == "platform declaration"
                          else "") if isinstance(vs, dict) else "home not found: see the home finding")
            rows.append(("Facebook's login places", f"{count_phrase(places.get('logins'), 'login')}: {said}",
                         implies))
        deleted = v.get("twitter_deleted_posts")
        if isinstance(deleted, dict) and deleted.get("count"):
            n = deleted["count"]
            rows.append(("Posts you deleted", f"X kept {count_phrase(n, 'post')} you deleted",
                         "not counted among your tweets"))
        extra = v.get("derived_not_declared") or []
        if extra:
            # with declared names not mappable, "no platform lists" is not known (T30A H2)
            rows.append(("Not listed by any platform" if not v.get("not_mappable") else
                         "Not named by a mappable declared interest", "—",
                         f"interest in {join([label(x) for x in extra])}"))
    return rows


def targeting_says(t: dict[str, Any]) -> str:
    """X's matched ad targeting (``twitter_ad_targeting`` of ``platform_vs_derived``) in words: "Locations: Phoenix,
    Arizona, US; Age: 25 to 34 (7 ads)"; special-category values are never in the value without the flag."""
    parts = []
    for kind, entry in (t.get("types") or {}).items():
        values = [str(x.get("value")) for x in (entry or {}).get("top") or [] if isinstance(x, dict) and x.get("value")]
        parts.append(f"{kind}: {plain(values, 4)}" if values else str(kind))
    return "; ".join(parts) + f" ({count_phrase(t.get('ads'), 'ad')})"


def targeting_implies(t: dict[str, Any]) -> str:
    """How X's targeted places and languages meet the home and languages findings: "home Lisbon, PT: not among the
    targeted places"; "not checked" where neither can be."""
    out = []
    vs = t.get("vs_home")
    if isinstance(vs, dict):
        home = ", ".join(country(x) for x in (vs.get("home") or {}).values())
        out.append(f"home {home}: {'among' if vs.get('agrees') else 'not among'} the targeted places")
    vl = t.get("vs_languages")
    if isinstance(vl, dict):
        out.append(f"you write in {join([str(x) for x in vl.get('derived') or []])}"
                   + ("" if vl.get("agrees") else ": not the targeted languages"))
    vi = t.get("vs_interests")
    if isinstance(vi, dict) and vi.get("mappable"):
        out.append(f"{number(vi.get('backed'))} of {number(vi['mappable'])} targeted interests backed by your records")
    va = t.get("vs_age")
    if isinstance(va, dict):
        out.append(f"X holds your age as {join([str(x) for x in va.get('x_holds') or []])}"
                   + ("" if va.get("agrees") else ": not the targeted age"))
    return "; ".join(out) or "not checked: X gives no reasons; age and gender are not derived"


def _shares(shares: dict[str, Any]) -> list[str]:
    """``{"de": 0.6, "en": 0.4, "es": 0.001}`` → ``["German 60%", "English 40%"]``: largest first, languages under
    :data:`LANGUAGE_LIST_SHARE` not named (X's tags of one Spanish tweet in 720 were "Spanish 0%" beside the
    derived list that leaves it out: the twenty-third pass's tester), "other languages" saying they exist."""
    ranked = sorted(((k, s) for k, s in shares.items() if isinstance(s, (int, float))), key=lambda kv: -kv[1])
    named = [f"{language(k)} {percent(s)}" for k, s in ranked if s >= LANGUAGE_LIST_SHARE] or \
        [f"{language(k)} {percent(s)}" for k, s in ranked[:1]]
    return named + (["other languages"] if len(named) < len(ranked) else [])


def short(f: dict[str, Any]) -> str:
    """A finding's value in a few words (for the platform comparison)."""
    v = f.get("value")
    try:
        if f.get("id") == "timezone":
            clocks = open_clocks(v)  # the clocks left open, not the head count's pick (T33B M2)
            return join([z for z, _h in clocks], "or") if clocks else str(v["zone"])
        if f.get("id") == "home":
            return town_and_country(v.get("city"), v.get("country"))
        if f.get("id") == "languages":
            return join(_shares(v["shares"]))
    except (KeyError, TypeError, AttributeError):
        pass
    return headline(f)


# -- what you can do ---------------------------------------------------------------------------------------------
# Where each platform's settings and download sections that feed a finding live (as the platforms name
# them in their help centres, 2024–25): text only, nothing is fetched.
_ACTIONS: dict[str, dict[str, str]] = {
    "activity": {
        "facebook": "Download your information lists posts, comments, reactions and messages by date; delete old "
                    "posts in Activity log (Settings & privacy → Activity log).",
        "twitter": "Delete old posts and DMs; the archive's tweets.js and direct-messages.js carry their exact times.",
        "amazon": "Order times come from Your Orders; Archive order hides an order but does not delete it.",
    },
    "place": {
        "facebook": "Accounts Center → Password and security → Where you're logged in (log out old sessions); "
                    "the IPs are under Download your information → Security and login information; "
                    "turn off Location history / Location services in the app.",
        "twitter": "Settings → Privacy and safety → Location information: turn off 'Personalize based on places "
                   "you've been' and precise location; login IPs are in the archive's ip-audit.js.",
        "amazon": "Your Account → Your Addresses: remove old shipping addresses.",
    },
    "interests": {
        "facebook": "Accounts Center → Ad preferences → Ad topics and Manage info; Your activity off Meta "
                    "technologies → Clear previous activity and Disconnect future activity.",
        "twitter": "Settings → Privacy and safety → Ads preferences (Personalized ads off), Interests, Inferred "
                   "identity, and Data sharing with business partners (off).",
        "amazon": "Your Account → Advertising preferences ('Do not show me interest-based ads'); Browsing history → "
                  "Manage history → Turn browsing history off; delete past searches there.",
    },
    "money": {
        "amazon": "Your Account → Browsing history (turn off) and Advertising preferences; Request My Data lets "
                  "you see exactly the order, return and payment files this report used.",
        "twitter": "Settings → Privacy and safety → Ads preferences: ads you engaged with feed purchase matching.",
        "facebook": "Your activity off Meta technologies shows which shops report your purchases to Facebook.",
    },
    "people": {
        "facebook": "Settings & privacy → Audience and visibility → Who can see your friends list; Messenger → "
                    "Privacy & safety → End-to-end encrypted chats.",
        "twitter": "Settings → Privacy and safety → Discoverability and contacts: remove uploaded contacts; "
                   "protect your followers list by protecting your posts.",
    },
    "words": {
        "facebook": "Activity log → Your posts and comments: delete or archive old ones.",
        "twitter": "Delete old posts (the archive keeps each post's language tag and time).",
    },
}
_FINDING_TOPIC = {
    "timezone": "activity", "sleep": "activity", "social_jetlag": "activity", "late_nights": "activity",
    "routine": "activity", "home": "place", "work_location": "place", "trips": "place", "devices": "place",
    "languages": "words", "mood": "words", "topics": "words", "writing_style": "words",
    "interests": "interests", "platform_vs_derived": "interests", "life_events": "interests",
    "household": "money", "spending": "money", "impulse_buying": "money", "financial_stress": "money",
    "trust_score": "money", "social_circle": "people",
}


def finding_sources(f: dict[str, Any], present: Iterable[str]) -> list[str]:
    """The platforms whose records a finding rests on (evidence kinds, value ``services``, else all present)."""
    found: set[str] = set()
    for item in (f.get("evidence") or {}).get("items") or []:
        if isinstance(item, dict) and isinstance(item.get("kind"), str):
            found.add(item["kind"].split(".")[0])
    v = f.get("value")
    if isinstance(v, list):
        for row in v:
            if isinstance(row, dict) and isinstance(row.get("services"), dict):
                found.update(row["services"])
    present = set(present)
    if not found:
        found = present
    return [s for s in ("facebook", "twitter", "amazon") if s in found and (not present or s in present)]


def actions(data: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(finding title, platform, what to do there) for findings that rest on a platform's data."""
    present = list((data.get("inputs") or {}).get("by_source") or {})
    rows = []
    for _, _, findings in ordered(data):
        for f in findings:
            if not has_something(f):
                continue
            topic = _FINDING_TOPIC.get(str(f.get("id")))
            if topic is None:
                continue
            for source in finding_sources(f, present):
                text = _ACTIONS[topic].get(source)
                if text:
                    rows.append((short_name(f), SOURCE_NAMES.get(source, source), text))
    return rows


# -- the run: inputs, issues, duplicates ---------------------------------------------------------------------------
def _bound(iso: Any, month: Any = None, home_day: Any = None) -> str:
    """The inputs' first or last record as the Period row gives it: its day on the home's calendar ("11 Nov 2021":
    ``home_day``, the inputs' ``first_day``/``last_day``, on the clock the evidence lines are read on — BOUND56: a Los
    Angeles post at 20:00 on 31 Dec read "1 Jan", its UTC day; a report written before those keys, its ``iso``'s
    day), "?" without one, or, for a night-time record without --include-sensitive ("withheld Thu 22:32"), its month
    and the withheld form: "Mar 2019, Thu 22:32, date withheld (…)" (``month``: the inputs' ``first_month``/
    ``last_month``, "2019-03"; an archive's span is no special-category fact: T32A)."""
    if not iso:
        return "?"
    if not str(iso).startswith(TIME_WITHHELD):
        return day(home_day if isinstance(home_day, str) and home_day else iso)
    said = local_time(iso, None)
    if str(iso).startswith(MOVE_WITHHELD):  # its month said already ("Jul 2026 07:30, date withheld (near …)")
        return said
    return f"{month_year(f'{month}-01')}, {said}" if isinstance(month, str) and len(month) == 7 else said


def run_lines(data: dict[str, Any]) -> list[tuple[str, str]]:
    inputs = data.get("inputs") or {}
    rows = [("Records read", number(inputs.get("events", 0))),
            ("Period", f"{_bound(inputs.get('first'), inputs.get('first_month'), inputs.get('first_day'))} – "
                       f"{_bound(inputs.get('last'), inputs.get('last_month'), inputs.get('last_day'))}")]
    by_source = inputs.get("by_source") or {}
    if by_source:
        rows.append(("By platform", join([f"{SOURCE_NAMES.get(k, k)} {number(n)}" for k, n in by_source.items()])))
    exports = inputs.get("exports") or []
    if exports:
        rows.append(("Exports", join([export_label(e) for e in exports], "and")))
    if inputs.get("duplicates_skipped"):
        rows.append(("Duplicates dropped", number(inputs["duplicates_skipped"])))
    issues = inputs.get("parse_issues") or {}
    if issues.get("total"):
        rows.append(("Parse issues", _issue_counts(issues)))
    rows += [("Input notes" if i == 0 else "", text) for i, text in enumerate(input_notes(issues, len(exports)))]
    return rows


def _issue_counts(issues: dict[str, Any]) -> str:
    """The header's "Parse issues" row: the total and each code's count as the stderr summary says it, "3 (3 ×
    unhandled-file)", "5 (3 × bad-date, 2 × truncated-zip)" (INP51: ``plain``'s "unhandled-file (3)" inside the row's
    own parentheses gave "3 (unhandled-file (3))")."""
    by_code = {k: v for k, v in (issues.get("by_code") or {}).items() if isinstance(v, int) and v > 0}
    total = number(issues["total"])
    if not by_code:
        return total
    codes = sorted(by_code, key=lambda k: (-by_code[k], k))
    shown = [f"{number(by_code[k])} × {k}" for k in codes[:8]]
    more = len(codes) - len(shown)
    return f"{total} ({', '.join(shown + ([f'{more} more codes'] if more > 0 else []))})"


def input_notes(issues: dict[str, Any], exports: int) -> list[str]:
    """The run's input notes in words (``inputs.parse_issues.notes``: a part not given, a file of another download
    …), each led by its export's name where the run read several: "twitter-2024.zip: data/like.js holds 69 records
    where data/manifest.js lists 443: it may be from another download of the account", and by its file where the
    message names none ("data/like.js: JSON ends early (file truncated?); records before this point were kept"). A
    redacted note without a message is said by its code."""
    out = []
    for n in issues.get("notes") or []:
        if not isinstance(n, dict):
            continue
        text = str(n.get("message") or f"{n.get('code')} (redacted)")
        file = n.get("file")
        if file and str(file).rsplit("/", 1)[-1] not in text:  # a file fault's message names no file: its file
            text = f"{shown(str(file))}: {text}"
        where = n.get("export")
        out.append(f"{shown(str(where))}: {text}" if where and exports > 1 else text)
    left = [n for n in issues.get("notes_left_out") or [] if isinstance(n, dict) and n.get("count")]
    if left:  # the caps' rest, per export (T43B M1: nothing said notes were left out)
        named = [f"{number(n['count'])} of {shown(str(n['export']))}" for n in left if n.get("export")]
        total = sum(int(n["count"]) for n in left)
        out.append(f"{number(total)} more note{'' if total == 1 else 's'} not shown"
                   + (f" ({join(named)})" if named and (exports > 1 or len(named) > 1) else "")
                   + ": the parse issues above count them")
    return out


def export_label(e: dict[str, Any]) -> str:
    if not isinstance(e, dict):
        return str(e)
    src = SOURCE_NAMES.get(str(e.get("source")), str(e.get("source") or "?"))
    variant = f" {e['variant']}" if e.get("variant") else ""
    return f"{shown(str(e.get('name') or '?'))} ({src}{variant})"


@dataclass(slots=True)
class Glance:
    """The at-a-glance block: one line per finding with something to say, the rest folded."""

    lines: list[tuple[str, str, str]] = field(default_factory=list)  # (id, headline, confidence)
    insufficient: list[str] = field(default_factory=list)
    # findings left unread because their word lists read English only (mood, topics, interests of a person writing
    # Norwegian: the twenty-fifth pass's tester, T25A M10, was told "Not enough data" over 140 posts)
    english_only: list[str] = field(default_factory=list)

    def english_only_line(self) -> str:
        """"Not read: mood, topics and interests (their word lists read English only; see each finding)."; ``""``."""
        if not self.english_only:
            return ""
        life = ", life events' English and German" if "life events" in self.english_only else ""
        return (f"Not read: {join(self.english_only)} (their word lists read English only{life}; see each "
                "finding).")


def glance(data: dict[str, Any]) -> Glance:
    g = Glance()
    for _, _, findings in ordered(data):
        for f in findings:
            if f.get("id") == "platform_vs_derived":
                continue
            if has_something(f) or (f.get("confidence") != "insufficient" and f.get("id") in ("trips", "mood")):
                g.lines.append((str(f.get("id")), headline(f), str(f.get("confidence"))))
            elif "English only" in str(f.get("summary") or "") or (  # mood, topics, interests: see text.py
                    "English and German only" in str(f.get("summary") or "")):  # life events (T30B L1)
                g.english_only.append(short_name(f))
            else:
                g.insufficient.append(short_name(f))
    return g


def mood_series(v: dict[str, Any]) -> list[tuple[date, float, int]]:
    out = []
    for w in v.get("weekly") or []:
        try:
            out.append((date.fromisoformat(str(w["week"])[:10]), float(w["median"]), int(w.get("n", 0))))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def finite(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)
