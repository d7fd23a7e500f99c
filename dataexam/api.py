"""The public Python API: open exports, iterate events, build the timeline, scan, report.

Everything the CLI does is one call here, so a notebook or a script over many exports can do
the same::

    from dataexam import api

    stats = api.RunStats()
    for event in api.timeline(["twitter-2024.zip", "facebook-jane.zip"], stats=stats):
        print(event.time, event.kind, event.text)
    print(stats.issue_count, "parse issues")

Inputs may be zips, folders or single export files. Inputs that one parser recognises and whose
paths do not collide (a Facebook export in ``1of3-…`` part-zips, Amazon's per-category zips) are
read as one virtual export; overlapping exports of one account stay separate and the timeline
de-duplicates their records.
"""

from __future__ import annotations

import fnmatch
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .archive import DEFAULT_LIMITS, Archive, ArchiveLimits, open_input
from .errors import HTMLExportError, NothingRecognised
from .events import Detection, Event, ParseIssue
from .normalise import DEFAULT_SPILL_BYTES, EventCodec, MergeStats, PrivateTempDir, chronological_encoded
from .parser import Parser
from .registry import Registry, load_registry

PathLike = str | os.PathLike[str]
MAX_KEPT_ISSUES = 1000


@dataclass
class Export:
    """One virtual export: its archive, the parser reading it and what detection said."""

    archive: Archive
    parser: Parser
    detection: Detection

    @property
    def name(self) -> str:
        return self.archive.name


@dataclass
class RunStats:
    """Counters filled while a timeline or report runs (issues, kinds, duplicates)."""

    exports: list[Export] = field(default_factory=list)
    issues: list[ParseIssue] = field(default_factory=list)
    issue_count: int = 0
    issue_summary: Counter[tuple[str, str]] = field(default_factory=Counter)  # (member, code) → n
    kinds: Counter[str] = field(default_factory=Counter)
    merge: MergeStats = field(default_factory=MergeStats)
    warnings: list[str] = field(default_factory=list)
    on_issue: Callable[[ParseIssue], None] | None = None
    on_event: Callable[[int], None] | None = None

    def add_issue(self, issue: ParseIssue) -> None:
        self.issue_count += 1
        self.issue_summary[(issue.member, issue.code)] += 1
        if len(self.issues) < MAX_KEPT_ISSUES:
            self.issues.append(issue)
        if self.on_issue is not None:
            self.on_issue(issue)


def _as_list(paths: PathLike | Iterable[PathLike]) -> list[PathLike]:
    if isinstance(paths, (str, os.PathLike)):
        return [paths]
    return list(paths)


def open_exports(paths: PathLike | Iterable[PathLike], *, source: str | None = None,
                 limits: ArchiveLimits = DEFAULT_LIMITS, registry: Registry | None = None) -> list[Export]:
    """Open and detect every input; group inputs of one export (part-zips) together.

    ``source`` names a parser to use for every input, overriding detection. Raises
    :class:`~dataexam.errors.NothingRecognised` for an input no parser claims and
    :class:`~dataexam.errors.HTMLExportError` for an HTML-format export. The caller closes the
    returned exports' archives (:func:`close_exports`).
    """
    registry = registry or load_registry()
    opened: list[tuple[Archive, Detection]] = []
    try:
        for path in _as_list(paths):
            archive = open_input(path, limits)
            opened.append((archive, _detect(archive, registry, source)))
    except BaseException:
        for archive, _ in opened:
            archive.close()
        raise
    # Parts of one export (Facebook's NofM- part-zips, Amazon's per-category zips) share a parser and
    # an era and never share a path; two exports of one account (taken months apart, or of different
    # eras) do share paths or differ in era, and stay separate exports whose records the timeline
    # de-duplicates.
    groups: dict[str, list[list[tuple[Archive, Detection]]]] = {}
    for archive, detection in opened:
        slots = groups.setdefault(detection.parser, [])
        for slot in slots:
            taken = {p for a, _ in slot for p in a.paths()}
            eras = {d.variant for _, d in slot if d.variant}
            same_era = not detection.variant or not eras or eras == {detection.variant}
            if same_era and not taken.intersection(archive.paths()):
                slot.append((archive, detection))
                break
        else:
            slots.append([(archive, detection)])
    exports = []
    for name, slots in groups.items():
        for slot in slots:
            archive = slot[0][0] if len(slot) == 1 else Archive.merge(a for a, _ in slot)
            parser = registry.create(name, limits)
            detection = slot[0][1] if len(slot) == 1 else parser.detect(archive)
            exports.append(Export(archive, parser, detection))
    return exports


def _detect(archive: Archive, registry: Registry, source: str | None) -> Detection:
    if source is not None:
        parser = registry.create(source)
        found = parser.detect(archive)
        return Detection(source, found.confidence, found.variant, found.claimed, "chosen with --source")
    detection = registry.best(archive)
    if detection is None:
        archive.close()
        hint = "no file of a known Facebook, Twitter/X or Amazon export was found"
        if not archive.paths():
            hint = "it contains no files" + ("; " + archive.issues[0].message if archive.issues else "")
        raise NothingRecognised(f"{archive.name}: not a recognised export ({hint})")
    if detection.variant == "html-export":
        archive.close()
        help_text = getattr(registry.parsers[detection.parser].cls, "html_export_help", "")
        raise HTMLExportError(f"{archive.name}: this is a {detection.parser} export in HTML format; "
                              f"dataexam needs the JSON format. {help_text}".strip())
    return detection


def close_exports(exports: Iterable[Export]) -> None:
    for export in exports:
        export.archive.close()


def iter_events(exports: Sequence[Export], stats: RunStats | None = None) -> Iterator[Event | ParseIssue]:
    """Every event and issue of the exports, in file order (no sorting, no de-duplication)."""
    for export in exports:
        yield from export.archive.issues
        try:
            yield from export.parser.events(export.archive)
        except Exception as exc:  # a parser bug outside its handlers: keep what was read, go on
            yield ParseIssue(archive=export.archive.name, member="", code="parser-error",
                             message=f"unexpected {type(exc).__name__} in the {export.parser.name} parser; "
                                     "the rest of this export was skipped (please report it)",
                             source=export.parser.name)


def _kind_filter(kinds: Sequence[str] | None) -> Callable[[str], bool] | None:
    if not kinds:
        return None
    patterns = [k.strip() for spec in kinds for k in spec.split(",") if k.strip()]
    exact = {p for p in patterns if not any(c in p for c in "*?[")}
    globs = [p for p in patterns if p not in exact]

    def accept(kind: str) -> bool:
        return kind in exact or any(fnmatch.fnmatchcase(kind, g) for g in globs)

    return accept


def _filtered(exports: Sequence[Export], stats: RunStats, kinds: Sequence[str] | None,
              since: datetime | None, until: datetime | None) -> Iterator[Event]:
    accept = _kind_filter(kinds)
    bounded = since is not None or until is not None
    n = 0
    for item in iter_events(exports, stats):
        if isinstance(item, ParseIssue):
            stats.add_issue(item)
            continue
        if accept is not None and not accept(item.kind):
            continue
        if bounded:
            # undated events cannot fall inside a date range; with --since/--until they are left out
            if item.time is None or (since is not None and item.time < since) or (
                    until is not None and item.time >= until):
                continue
        n += 1
        if stats.on_event is not None and n % 2000 == 0:
            stats.on_event(n)
        yield item


def timeline(paths: PathLike | Iterable[PathLike], *, source: str | None = None,
             kinds: Sequence[str] | None = None, since: datetime | None = None, until: datetime | None = None,
             limits: ArchiveLimits = DEFAULT_LIMITS, registry: Registry | None = None,
             stats: RunStats | None = None, spill_bytes: int = DEFAULT_SPILL_BYTES,
             tmp_parent: str | None = None) -> Iterator[Event]:
    """The unified timeline of every input: UTC, de-duplicated, chronological, undated last.

    ``kinds`` filters by kind (``twitter.tweet``, globs like ``facebook.*``, comma lists);
    ``since``/``until`` bound the time (``until`` exclusive; undated events are then left out).
    Parse issues go to ``stats`` (and its ``on_issue`` callback); nothing is raised for them.

    >>> events = list(timeline("twitter-archive.zip", kinds=["twitter.tweet"]))
    """
    codec = EventCodec()
    decode = codec.decode
    for key, payload in timeline_encoded(paths, codec.encode, source=source, kinds=kinds, since=since,
                                         until=until, limits=limits, registry=registry, stats=stats,
                                         spill_bytes=spill_bytes, tmp_parent=tmp_parent, with_keys=True):
        yield decode(payload, key)


def timeline_encoded(paths: PathLike | Iterable[PathLike], encode: Callable[[Event], bytes], *,
                     source: str | None = None, kinds: Sequence[str] | None = None, since: datetime | None = None,
                     until: datetime | None = None, limits: ArchiveLimits = DEFAULT_LIMITS,
                     registry: Registry | None = None, stats: RunStats | None = None,
                     spill_bytes: int = DEFAULT_SPILL_BYTES, tmp_parent: str | None = None,
                     with_keys: bool = False) -> Iterator[Any]:
    """:func:`timeline` for writers: each event is passed through ``encode`` once, as it is read,
    and the encoded bytes come out in timeline order (``(key, bytes)`` pairs with ``with_keys``).

    What is sorted and spilled is then the writer's own output (a JSON Lines row, a pickled SQLite
    row), not events that would have to be pickled, unpickled and encoded again.

    >>> from dataexam.writers import jsonl_line
    >>> rows = timeline_encoded("twitter-archive.zip", jsonl_line)
    """
    stats = stats if stats is not None else RunStats()
    exports = open_exports(paths, source=source, limits=limits, registry=registry)
    stats.exports = exports
    tmp = PrivateTempDir(tmp_parent)
    counts: Counter[str] = Counter()
    try:
        merged = chronological_encoded(_filtered(exports, stats, kinds, since, until), encode,
                                       spill_bytes=spill_bytes, tmp=tmp, stats=stats.merge)
        if with_keys:
            for kind, key, payload in merged:
                counts[kind] += 1
                yield key, payload
        else:
            for kind, _key, payload in merged:
                counts[kind] += 1
                yield payload
    finally:
        stats.kinds.update(counts)
        tmp.close()
        close_exports(exports)


@dataclass
class ScanResult:
    """What ``dataexam scan`` reports for one export."""

    inputs: list[str]
    parser: str
    variant: str | None
    confidence: float
    handled: list[str]
    ignored: list[str]
    unknown: list[str]
    kinds: dict[str, int]
    first: datetime | None
    last: datetime | None
    undated: int
    issues: int
    issue_summary: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        from .events import format_time

        return {
            "inputs": self.inputs, "source": self.parser, "variant": self.variant,
            "confidence": self.confidence,
            "files": {"handled": len(self.handled), "ignored": len(self.ignored), "unknown": len(self.unknown)},
            "unknown_files": self.unknown,
            "records": dict(sorted(self.kinds.items())),
            "date_range": {"first": format_time(self.first), "last": format_time(self.last)},
            "undated": self.undated,
            "issues": self.issues,
            "issue_summary": self.issue_summary,
        }


def scan(paths: PathLike | Iterable[PathLike], *, source: str | None = None,
         limits: ArchiveLimits = DEFAULT_LIMITS, registry: Registry | None = None) -> list[ScanResult]:
    """Detect and count every input without writing a timeline (one streaming pass per export)."""
    exports = open_exports(paths, source=source, limits=limits, registry=registry)
    results = []
    try:
        for export in exports:
            handled, ignored, unknown = [], [], []
            for path in export.archive.paths():
                rule = export.parser.classify(path)
                (unknown if rule is None else handled if rule.handler else ignored).append(path)
            kinds: Counter[str] = Counter()
            first = last = None
            undated = issues = 0
            summary: Counter[str] = Counter()
            for item in iter_events([export]):
                if isinstance(item, ParseIssue):
                    issues += 1
                    summary[item.code] += 1
                    continue
                kinds[item.kind] += 1
                if item.time is None:
                    undated += 1
                else:
                    first = item.time if first is None or item.time < first else first
                    last = item.time if last is None or item.time > last else last
            results.append(ScanResult(list(export.archive.inputs), export.detection.parser,
                                      export.detection.variant, export.detection.confidence, handled, ignored,
                                      unknown, dict(kinds), first, last, undated, issues, dict(summary)))
    finally:
        close_exports(exports)
    return results


def report(paths: PathLike | Iterable[PathLike], *, include_sensitive: bool = False, source: str | None = None,
           limits: ArchiveLimits = DEFAULT_LIMITS, registry: Registry | None = None,
           stats: RunStats | None = None) -> Any:
    """Infer what the inputs reveal, in one streaming pass over the timeline; returns a ``Report``.

    Art. 9 (sensitive) findings are left out unless ``include_sensitive`` is true.

    >>> result = report(["twitter.zip", "amazon/"])
    """
    from .inference import infer

    stats = stats if stats is not None else RunStats()
    events = timeline(paths, source=source, limits=limits, registry=registry, stats=stats)
    result = infer(events, include_sensitive=include_sensitive)
    result.inputs.update(run_facts(stats, result.inputs.get("duplicates_skipped", 0)))
    return result


def run_facts(stats: RunStats, guarded: int = 0) -> dict[str, Any]:
    """What a report says about its run: the exports (base names, source, variant, detection confidence),
    the parse-issue summary (total, per code, per file) and the duplicates the merge dropped (plus
    ``guarded``, those the inference pass skipped itself)."""
    by_code: Counter[str] = Counter()
    by_file: Counter[str] = Counter()
    for (member, code), n in stats.issue_summary.items():
        by_code[code] += n
        by_file[member] += n
    exports = [{"name": " + ".join(os.path.basename(os.fspath(p).rstrip("/\\")) or str(p) for p in e.archive.inputs),
                "source": e.detection.parser, "variant": e.detection.variant,
                "confidence": round(float(e.detection.confidence), 3)} for e in stats.exports]
    return {"exports": exports, "duplicates_skipped": stats.merge.duplicates + guarded,
            "parse_issues": {"total": stats.issue_count, "by_code": dict(sorted(by_code.items())),
                             "by_file": dict(by_file.most_common(20))}}
