"""Pseudonymisation of timeline events for research outputs (``dataexam batch --events``).

What is kept, replaced and dropped (README "Research at scale" repeats this list):

- ``actor``: ``self`` stays; any other party becomes a keyed token ``p_<16 hex>``
  (HMAC-SHA-256 with the study key, so one person gets one token across the whole study and
  nobody without the key can recompute it);
- ``text``: dropped (null) unless ``keep_text`` (kept text is verbatim: neither the Art. 9 gate nor the
  tokens below apply to it);
- a record whose text relates to a special category of data (``categories.special_category``: a Bible, condoms,
  prenatal vitamins) has its product identifiers and categories (:data:`SPECIAL_TOKENISED`: the ASIN is one
  lookup from the product) tokenised like any other string unless ``include_sensitive`` (T25B M7);
- ``attrs``: deny by default. Fields in :data:`KEEP_FIELDS` (amounts, currencies, ASINs, reaction
  types, categories, devices, languages, countries …) are kept as they are; IP addresses become
  their country (ISO 3166-1 alpha-2, offline RIR data via ``iptocc``); latitude/longitude are
  rounded to whole degrees (about 100 km: a region, not a home); URLs keep only their host;
  every other string (names, handles, ids, e-mail addresses, thread names, free text) becomes a
  token; numbers and booleans are kept;
- ``key`` (it may hash names) becomes a token; ``origin.member`` keeps only the file name,
  with digit runs ``#`` (Messenger thread folders carry people's names);
- ``time`` optionally coarsened to the hour or the day.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import ipaddress
import os
import re
import secrets
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..categories import special_category
from ..events import Event
from ..inference.addresses import ip_country

KEY_BYTES = 32

#: attrs fields that never identify a person (checked against docs/kinds.md's attrs)
KEEP_FIELDS = frozenset({
    "asin", "total", "amount", "unit_price", "price", "subtotal", "tax", "currency", "quantity", "reaction",
    "category", "categories", "type", "status", "device", "device_type", "os", "client", "source_app",
    "language", "lang", "country", "country_code", "shipping_country", "shipping_country_code", "shipping_region",
    "marketplace", "payment_method_type", "order_status", "media_type", "event_type", "action", "channel",
    "platform", "is_retweet", "is_reply", "retweet_count", "favorite_count", "likes", "words", "chars",
    "duration_seconds", "start", "end", "segment", "targeting_type", "criteria_type",
    "ad_type", "display_location", "gift", "cancelled", "refund_reason", "return_reason", "reason", "unit",
})
#: kept fields that name the product or its category: tokens on a record of a special category without
#: --include-sensitive (amounts, currencies, times stay: the spending they are part of is no Art. 9 data)
SPECIAL_TOKENISED = frozenset({"asin", "category", "categories", "segment", "criteria_type", "targeting_type"})
IP_FIELDS = frozenset({"ip", "ip_address", "login_ip", "ipaddress"})
COORD_FIELDS = frozenset({"latitude", "longitude", "lat", "lon", "lng"})
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def read_key(path: str | os.PathLike[str]) -> bytes | None:
    """The study key in ``path`` (64 hex digits), or ``None`` when nothing is there (no file, no link).

    Raises ``ValueError`` for a file that holds anything else (never overwritten), ``OSError`` for one that
    cannot be read (a link to nothing, no permission)."""
    p = Path(path)
    if not os.path.lexists(p):
        return None
    text = p.read_text(encoding="ascii", errors="replace").strip()
    if not re.fullmatch(r"[0-9a-fA-F]{64}", text):
        raise ValueError(f"{p.name}: not a dataexam study key (64 hex digits expected); not changed")
    return bytes.fromhex(text)


def new_key() -> bytes:
    """A new random study key (:data:`KEY_BYTES` bytes), not yet written anywhere (:func:`write_key`)."""
    return secrets.token_bytes(KEY_BYTES)


def write_key(path: str | os.PathLike[str], key: bytes) -> None:
    """Write ``key`` to a new file ``path`` (0600, 64 hex digits). Raises ``FileExistsError`` where something is
    there already (never overwritten), ``OSError`` where it cannot be written (the file is then removed)."""
    p = Path(path)
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(key.hex() + "\n")
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        # a key file left empty or cut short (a full disk) would be refused as "not a study key" by every
        # later run: the file made here is removed
        with contextlib.suppress(OSError):
            p.unlink()
        raise


def load_or_create_key(path: str | os.PathLike[str]) -> bytes:
    """The study key from ``path``; a new random key is created there (0600) if it is missing.

    The file holds the key as 64 hex digits. Raises ``ValueError`` for a file that holds
    anything else (never overwritten), ``OSError`` if it cannot be read or created. (``dataexam batch``
    makes a new key only once the run is known to go ahead: :func:`read_key`, :func:`write_key`.)
    """
    key = read_key(path)
    if key is None:
        key = new_key()
        write_key(path, key)
    return key


#: what the fingerprint of a study key is the keyed hash of (HMAC-SHA-256 with the key itself as the key)
_FINGERPRINT_LABEL = b"dataexam study key fingerprint 1"


def key_fingerprint(key: bytes) -> str:
    """A fingerprint of the study key for its output folder (``study_key.json``): HMAC-SHA-256 of a fixed label
    with the key as the HMAC key, 32 hex digits. It tells whether a later run's key is the study's; the key
    cannot be recovered from it, and without the key it cannot be recomputed."""
    return hmac.new(key, _FINGERPRINT_LABEL, hashlib.sha256).hexdigest()[:32]


def unit_key_id(key: bytes) -> str:
    """The key's id each unit's ``run.json`` carries in ``options.key_id`` (SHA-256 of the key, 12 hex digits:
    :meth:`dataexam.batch.unit.UnitOptions.signature`): what tells whether an OUTDIR made before fingerprints were
    kept is this key's."""
    return hashlib.sha256(key).hexdigest()[:12]


def _ip_country(value: str) -> str | None:
    try:
        ipaddress.ip_address(value.strip())
    except ValueError:
        return None
    return ip_country(value)


class Pseudonymiser:
    """Turns events into research rows (see the module docstring for the rules)."""

    def __init__(self, key: bytes, *, keep_text: bool = False, coarsen_time: str | None = None,
                 include_sensitive: bool = False) -> None:
        if coarsen_time not in (None, "hour", "day"):
            raise ValueError("coarsen_time must be None, 'hour' or 'day'")
        self._key = key
        self.keep_text = keep_text
        self.include_sensitive = include_sensitive
        self.coarsen_time = coarsen_time

    def token(self, value: str) -> str:
        """A keyed token for a person, handle, id or address: same input, same token, per study."""
        digest = hmac.new(self._key, value.strip().casefold().encode("utf-8"), hashlib.sha256).hexdigest()
        return "p_" + digest[:16]

    def time(self, value: datetime | None) -> datetime | None:
        if value is None or self.coarsen_time is None:
            return value
        if self.coarsen_time == "hour":
            return value.replace(minute=0, second=0, microsecond=0)
        return value.replace(hour=0, minute=0, second=0, microsecond=0)

    def _value(self, key: str, value: Any) -> Any:
        lower = key.lower()
        if value is None or isinstance(value, bool | int | float):
            if lower in COORD_FIELDS and isinstance(value, int | float) and not isinstance(value, bool):
                return round(float(value))
            return value
        if isinstance(value, dict):
            return {k: self._value(str(k), v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self._value(key, v) for v in value]
        text = str(value)
        if lower in IP_FIELDS:
            return _ip_country(text)
        if lower in COORD_FIELDS:
            try:
                return round(float(text))
            except ValueError:
                return None
        if lower in KEEP_FIELDS and not _EMAIL.search(text):
            return text
        if lower == "url" or lower.endswith("_url"):
            host = urlsplit(text).hostname
            return host
        return self.token(text)

    def attrs(self, attrs: dict[str, Any], *, special: bool = False) -> dict[str, Any]:
        """``attrs`` pseudonymised; ``special``: the record relates to a special category (Art. 9), so the
        fields of :data:`SPECIAL_TOKENISED` become tokens too."""
        if not special:
            return {k: self._value(k, v) for k, v in attrs.items()}
        return {k: self._special(v) if k.lower() in SPECIAL_TOKENISED else self._value(k, v)
                for k, v in attrs.items()}

    def _special(self, value: Any) -> Any:
        if isinstance(value, list | tuple):
            return [self._special(v) for v in value]
        return None if value is None else self.token(str(value))

    def row(self, participant_id: str, event: Event) -> dict[str, Any]:
        """One Parquet row (column → value) for ``event``; see the module docstring."""
        member = event.origin.member.rsplit("/", 1)[-1]
        return {
            "participant_id": participant_id,
            "time": self.time(event.time),
            "time_source": str(event.time_source),
            "source": event.source,
            "kind": event.kind,
            "actor": event.actor if event.actor == "self" else self.token(event.actor or ""),
            "text": event.text if self.keep_text else None,
            "attrs": self.attrs(dict(event.attrs or {}),
                                special=not self.include_sensitive and special_category(event.text) is not None),
            "member": re.sub(r"\d+", "#", member),
            "key": self.token(event.key),
        }
