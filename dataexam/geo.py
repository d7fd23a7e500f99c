"""Coordinates as the platforms write them, checked in one place for every parser.

X writes a tweet's place as GeoJSON ``coordinates`` (``[longitude, latitude]``) and in the older
``geo`` (``[latitude, longitude]``), as numbers or numeric strings ("37.7749"); Facebook writes
``latitude``/``longitude`` numbers (formats.md). A value that is not a finite number in range — a
boolean, null, text, NaN, ±infinity, a latitude beyond ±90° or a longitude beyond ±180° — is no
coordinate, and neither is exactly 0°, 0° ("Null Island", in the Gulf of Guinea: what a device writes
when it has no fix): the record is kept without one (before, a ``[null, null]`` lost the whole tweet, and
``true`` became 1.0° on Facebook). A numeric string must be written as JSON writes a number (an optional
sign, ASCII digits, a point, an exponent, spaces around): Python's ``float()`` alone also reads "1_3.4"
as 13.4, Arabic-Indic or full-width digits, and "١٢"; none of those is what X writes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from decimal import Decimal

__all__ = ["coordinate_pair", "geojson_pair"]


# a number as JSON writes it (RFC 8259 §6), a leading "+" and a bare ".5" or "5." also taken; ASCII only
# (one way to match each string: "\d+\.?\d*" backtracked quadratically on a long run of digits)
_NUMBER = re.compile(r"\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*", re.ASCII)
_LONGEST = 64  # characters: "-179.12345678901234567890" is 25; a longer text is no coordinate


def _degrees(value: object, limit: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        return None
    if isinstance(value, str) and (len(value) > _LONGEST or _NUMBER.fullmatch(value) is None):
        return None
    try:
        out = float(value)
    except (ValueError, OverflowError):  # "north", an int beyond a float's range
        return None
    return out if math.isfinite(out) and -limit <= out <= limit else None


def coordinate_pair(lat: object, lon: object) -> tuple[float, float] | None:
    """``(latitude, longitude)`` in degrees as floats, or None when either is not a coordinate
    (see the module text). Never raises."""
    la, lo = _degrees(lat, 90.0), _degrees(lon, 180.0)
    if la is None or lo is None or (la == 0.0 and lo == 0.0):
        return None
    return la, lo


def geojson_pair(value: object, *, lon_first: bool) -> tuple[float, float] | None:
    """``(latitude, longitude)`` from a two-item array (GeoJSON's ``[lon, lat]`` with ``lon_first``,
    X's older ``geo`` ``[lat, lon]`` without), or None for anything else. Never raises."""
    if not isinstance(value, Sequence) or isinstance(value, str | bytes) or len(value) < 2:
        return None
    first, second = value[0], value[1]
    return coordinate_pair(second, first) if lon_first else coordinate_pair(first, second)
