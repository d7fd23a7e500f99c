"""The report's data model: findings, their evidence and confidence, and the report itself.

A :class:`Finding` follows DESIGN.md's "Inference finding" contract and inference.md §4: a value, an
ordinal confidence with its basis in words, the rule that produced it, capped evidence pointing at
event origins (with counts for and against), caveats, literature cards, the GDPR Art. 9 category
when it touches one, and what the platform's own export declares.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, TypeAlias

from ..categories import special_category, special_fact, special_product
from ..events import Event, TimeSource, format_time

REPORT_SCHEMA = "dataexam.report/1"
EVIDENCE_CAP = 10
EXCERPT_CHARS = 80


class Confidence(StrEnum):
    """Ordinal confidence labels (no probabilities: the tool has no calibration data)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INSUFFICIENT = "insufficient"

    @property
    def rank(self) -> int:
        """How sure, as an int: 0 insufficient, 1 low, 2 medium, 3 high (compare labels by it, never by their text)."""
        return _RANKS[self]


_RANKS = {Confidence.INSUFFICIENT: 0, Confidence.LOW: 1, Confidence.MEDIUM: 2, Confidence.HIGH: 3}


def least_sure(*confidences: Confidence) -> Confidence:
    """The least sure of ``confidences`` (at least one): a finding resting on others is no surer than they are."""
    return min(confidences, key=_RANKS.__getitem__)


def confidence_from_agreement(agreement: float) -> Confidence:
    """Bootstrap agreement → label: ≥ .9 high, ≥ .7 medium, anything else low (inference.md §4)."""
    if agreement >= 0.9:
        return Confidence.HIGH
    if agreement >= 0.7:
        return Confidence.MEDIUM
    return Confidence.LOW


def excerpt(text: str | None, limit: int = EXCERPT_CHARS) -> str | None:
    """At most ``limit`` characters of a record's text, on one line."""
    if not text:
        return None
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# A cheap pointer at a record, taken in hot consume paths instead of an EvidenceItem:
# (archive, member, index, time, kind, excerpt source text). Building the item (time formatting, excerpt
# flattening) is left to :meth:`EvidenceItem.from_ref`, called only for the few refs a finding keeps.
EvidenceRef: TypeAlias = tuple[str, str, int, datetime | None, str, str | None]


def evidence_ref(event: Event, text: str | None = None) -> EvidenceRef:
    """A tuple pointing at ``event`` (one allocation; no formatting); ``text`` overrides the excerpt."""
    o = event.origin
    return (o.archive, o.member, o.index, event.time, event.kind, text if text is not None else event.text)


def pointer_ref(event: Event) -> EvidenceRef:
    """:func:`evidence_ref` without the record's text: for findings that rest on *when* (see
    :meth:`EvidenceItem.pointer`)."""
    o = event.origin
    return (o.archive, o.member, o.index, event.time, event.kind, None)


def evidence_time(event: Event) -> str | None:
    """An evidence item's ``time``: the event's ISO-8601 UTC time, or for a date-only record (an old Amazon report's
    order date, a spreadsheet's short date) its date alone, ``"2022-12-31"``: that date is already the person's
    own, so no renderer may move it by a time zone (it read "2022-12-30 18:00 local" in Chicago)."""
    if event.time is not None and event.time_source == TimeSource.DATE_ONLY:
        return event.time.astimezone(UTC).date().isoformat()
    return format_time(event.time)


def _ref_time(value: datetime | date | None) -> str | None:
    if isinstance(value, datetime) or value is None:
        return format_time(value)
    return value.isoformat()


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """One record behind a finding: where it comes from, when, what kind, a short excerpt.

    ``special`` is the GDPR Art. 9 category (``categories.special_category``: "health", "religion" …) of the
    *whole* text the excerpt is cut from, or None: without ``--include-sensitive`` the report withholds that
    excerpt (:func:`dataexam.inference.sensitive.gate`). Not part of the item's dict form."""

    archive: str
    member: str
    index: int
    time: str | None
    kind: str
    excerpt: str | None = None
    special: str | None = field(default=None, compare=False)
    #: the country (ISO code) the record placed the person in (a login's address, a location record), or None:
    #: beside a switch of the person's clock the night gate reads the record on that country's clock
    #: (:func:`.sensitive.switch_clocks`; SWITCH59). Not part of the item's dict form either.
    country: str | None = field(default=None, compare=False)

    @classmethod
    def of(cls, event: Event, text: str | None = None, country: str | None = None) -> EvidenceItem:
        """Evidence pointing at ``event``; ``text`` overrides the excerpt (e.g. "login from DE"); ``country``: the
        country the record places the person in (ISO code), where it places them."""
        source = text if text is not None else event.text
        return cls(
            archive=event.origin.archive,
            member=event.origin.member,
            index=event.origin.index,
            time=evidence_time(event),
            kind=event.kind,
            excerpt=excerpt(source),
            # a religious or political view declared on the profile is Art. 9 whatever its words ("Liberal")
            special=(special_fact(event.kind, event.attrs) or special_product(event.kind, event.attrs)
                     or special_category(source)),
            country=country,
        )

    @classmethod
    def pointer(cls, event: Event) -> EvidenceItem:
        """Evidence pointing at ``event`` that quotes none of its text: export, file, record, time and kind only.

        For findings that rest on *when* a person acted, not on *what* they wrote or bought (time zone, sleep,
        social jetlag, late nights, weekly routine, late-night buying): the time is the evidence, and the text
        could only leak. The twenty-third pass's tester found a pregnancy test bought at 01:30 quoted as the
        time zone's first example; a keyword gate caught that one, but a word list misses other languages and
        brand names, so these findings quote no text at all (the record pointer lets a reader look it up)."""
        return cls(archive=event.origin.archive, member=event.origin.member, index=event.origin.index,
                   time=evidence_time(event), kind=event.kind)

    @classmethod
    def from_ref(cls, ref: EvidenceRef) -> EvidenceItem:
        """The item for an :func:`evidence_ref` tuple (same fields as :meth:`of` on the event)."""
        archive, member, index, time, kind, text = ref
        return cls(archive=archive, member=member, index=index, time=_ref_time(time), kind=kind,
                   excerpt=excerpt(text), special=special_category(text))

    def to_dict(self) -> dict[str, Any]:
        return {
            "archive": self.archive,
            "member": self.member,
            "index": self.index,
            "time": self.time,
            "kind": self.kind,
            "excerpt": self.excerpt,
        }


@dataclass(slots=True)
class Evidence:
    """Capped evidence with the full counts of records for and against the finding.

    ``unit`` is what the counts count: "records" (the default) or "nights" (the late nights: a night is one
    verdict, however many records it holds). docs/findings.md says, per finding, what is counted for and
    against."""

    items: list[EvidenceItem] = field(default_factory=list)
    n_support: int = 0
    n_against: int = 0
    unit: str = "records"
    #: the windows about a night-time switch the gate undated (``sensitive.window_month``: "2026-06/2026-08") whose
    #: records the counts leave out (WINDOW64: "260 records support it" was 239 for a night three weeks later); None
    #: where the counts hold every record (and always with --include-sensitive)
    outside: list[str] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "items": [i.to_dict() for i in self.items[:EVIDENCE_CAP]],
            "n_support": self.n_support,
            "n_against": self.n_against,
            "unit": self.unit,
        }
        if self.outside:
            out["outside"] = list(self.outside)
        return out


class Reservoir:
    """Keeps the first ``cap`` evidence items offered and counts all of them (bounded memory).

    "First" is deterministic and, on a chronological timeline, points at the earliest records,
    which are the ones a reader can most easily find again in their export.
    """

    __slots__ = ("cap", "count", "items")

    def __init__(self, cap: int = EVIDENCE_CAP) -> None:
        self.cap = cap
        self.items: list[EvidenceItem] = []
        self.count = 0

    def offer(self, event: Event, text: str | None = None, country: str | None = None) -> None:
        self.count += 1
        if len(self.items) < self.cap:
            self.items.append(EvidenceItem.of(event, text, country))

    def add(self, item: EvidenceItem) -> None:
        self.count += 1
        if len(self.items) < self.cap:
            self.items.append(item)


@dataclass(frozen=True, slots=True)
class LiteratureCard:
    """What a trained model reached in a published study (never run by this tool)."""

    citation: str
    claim: str
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"citation": self.citation, "claim": self.claim, "url": self.url}


@dataclass(slots=True, kw_only=True)
class Finding:
    """One inference, with everything a reader needs to judge it.

    ``value`` is JSON-serialisable; its shape per ``id`` is documented in docs/findings.md. Below a
    finding's minimum sample ``confidence`` is ``insufficient`` and ``value`` is ``None``.
    """

    id: str
    title: str
    value: Any
    confidence: Confidence
    confidence_basis: str
    method: str
    evidence: Evidence = field(default_factory=Evidence)
    caveats: list[str] = field(default_factory=list)
    literature: list[LiteratureCard] = field(default_factory=list)
    sensitive: str | None = None
    platform_says: Any = None
    summary: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "summary": self.summary,
            "value": self.value,
            "confidence": str(self.confidence),
            "confidence_basis": self.confidence_basis,
            "method": self.method,
            "evidence": self.evidence.to_dict(),
            "caveats": list(self.caveats),
            "literature": [c.to_dict() for c in self.literature],
            "sensitive": self.sensitive,
            "platform_says": self.platform_says,
        }


@dataclass(slots=True, kw_only=True)
class Report:
    """The result of :func:`dataexam.inference.infer`: inputs summary plus findings."""

    generated_at: datetime
    inputs: dict[str, Any]
    findings: list[Finding]
    include_sensitive: bool = False
    withheld_sensitive: list[str] = field(default_factory=list)
    not_attempted: list[dict[str, Any]] = field(default_factory=list)
    schema: str = REPORT_SCHEMA
    #: the time-zone finding's clock (a ``tzinfo``: a ``MovedZone`` after a move; None without one), kept for the
    #: renderers' local times and never written: without --include-sensitive the finding's value may give a switch
    #: undated ("withheld Sat 01:30"), while every example is still read on the clock of its own period (GATE3)
    clock: Any = field(default=None, repr=False, compare=False)

    def finding(self, finding_id: str) -> Finding | None:
        """The finding with this id, or None (sensitive findings are absent unless included)."""
        for f in self.findings:
            if f.id == finding_id:
                return f
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "generated_at": format_time(self.generated_at),
            "include_sensitive": self.include_sensitive,
            "inputs": self.inputs,
            "findings": [f.to_dict() for f in self.findings],
            "withheld_sensitive": list(self.withheld_sensitive),
            "not_attempted": list(self.not_attempted),
        }
