"""``dataexam describe``: an export's structure without any of its values, for bug reports.

When an export breaks, maintainers need its *shape* and the person cannot send their data. A
description holds only:

- member paths, each component either a standard name of a known export layout (every word in it
  appears in a built-in parser's rules, or is a common file-format word) with digit runs shown as
  ``#``, or masked as ``<name-N>`` (Messenger thread folders ``janedoe_1234567`` and wrapper folders
  ``facebook-jane.doe-2024`` carry people's names);
- file sizes in decade buckets (``1-10 KB``), never exact;
- for JSON and X ``.js`` members: key paths (``[].messages[].sender_name``) with the JSON types seen
  there and array lengths in decade buckets; keys that do not look like field names (spaces,
  long digit runs, non-ASCII: labels, names or ids used as keys) are masked as ``<key>``;
- for CSV members: the header names (masked by the same rule as keys) and a bucketed row count;
- the detected source, variant and confidence, and the files dataexam does not know;
- each input by its position and kind (``input-1.folder``, ``input-2.zip``), never by its name.

No string, number or date from inside a file ever reaches the output (``tests/test_describe.py``
plants distinctive values and checks). Reading is streaming (ijson events, csv rows) and bounded:
at most :data:`MAX_PATHS_PER_FILE` key paths and :data:`MAX_EVENTS_PER_FILE` parser events per
file, after which the file is marked ``sampled``.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import ijson

from .archive import DEFAULT_LIMITS, Archive, ArchiveLimits, Member, input_label, open_input
from .jsonstream import skip_js_prefix
from .outputs import shown
from .registry import Registry, load_registry

MAX_PATHS_PER_FILE = 300
MAX_EVENTS_PER_FILE = 500_000
MAX_CSV_COLUMNS = 200

# Words of file formats and generic export folders that are kept in paths besides the parsers' own.
_GENERIC_WORDS = {
    "json", "js", "csv", "txt", "html", "htm", "xml", "pdf", "zip", "jpg", "jpeg", "png", "gif", "webp",
    "heic", "mp", "mov", "webm", "wav", "ogg", "aac", "opus", "data", "media", "photos", "videos", "files",
    "audio", "assets", "images", "image", "video", "gifs", "readme", "index", "your", "archive", "part",
    "of", "the", "and", "in", "on", "to", "a", "inbox", "messages", "message", "e", "ee", "chat", "chats",
    # top-level folders of the Facebook 2021-25 layouts, X and Amazon wrapper names (formats.md)
    "personal", "information", "activity", "connections", "logged", "preferences", "security", "login",
    "ads", "apps", "websites", "off", "meta", "facebook", "instagram", "twitter", "amazon", "retail",
    "digital", "kindle", "orders", "order", "history", "manifest", "account", "profile", "export",
    "takeout", "download", "fb", "x", "tweets", "tweet", "deleted",
}
_WORD = re.compile(r"[A-Za-z]+")
_DIGITS = re.compile(r"\d+")
_FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def size_bucket(n: int) -> str:
    """A byte count as a decade bucket: ``0 B``, ``1-10 B`` … ``1-10 GB`` (never the exact size)."""
    if n <= 0:
        return "0 B"
    units = ("B", "KB", "MB", "GB", "TB")
    value, unit = float(n), 0
    while value >= 1000 and unit < len(units) - 1:
        value /= 1000
        unit += 1
    low = 1 if value < 10 else 10 if value < 100 else 100
    return f"{low}-{low * 10} {units[unit]}"


def count_bucket(n: int) -> str:
    """A count as a bucket: ``0``, ``1``, ``2-9``, ``10-99``, ``100-999`` … (never the exact count)."""
    if n <= 1:
        return str(max(n, 0))
    if n < 10:
        return "2-9"
    digits = len(str(n))
    return f"{10 ** (digits - 1)}-{10 ** digits - 1}"


class _Masker:
    """Replaces personal-looking names by stable placeholders (``<name-1>``, ``<name-2>`` …)."""

    def __init__(self, vocabulary: set[str]) -> None:
        self.vocabulary = vocabulary
        self.names: dict[str, str] = {}

    def component(self, part: str) -> str:
        words = [w.lower() for w in _WORD.findall(part)]
        if part.isascii() and words and all(w in self.vocabulary for w in words):
            return _DIGITS.sub("#", part)
        stem, dot, ext = part.rpartition(".")
        keep_ext = dot and ext.isascii() and ext.lower() in _GENERIC_WORDS
        placeholder = self.names.setdefault(stem if keep_ext else part, f"<name-{len(self.names) + 1}>")
        return placeholder + (f".{ext.lower()}" if keep_ext else "")

    def path(self, path: str) -> str:
        return "/".join(self.component(p) for p in path.split("/"))


def mask_key(key: str, *, header: bool = False) -> str:
    """A JSON key or CSV header as shown: field-like names kept (digit runs ``#``), others ``<key>``.

    CSV headers (``header=True``) may also be words with spaces ("Order ID", "Ship Date": Amazon's
    headers); a JSON key like "Jane Doe" looks the same, so JSON keys never take that branch.
    """
    key = key.strip().lstrip("\ufeff")
    if _FIELD_NAME.match(key) and len(key) <= 48 and not re.search(r"\d{3,}", key):
        return _DIGITS.sub("#", key)
    if header and re.fullmatch(r"[A-Za-z][A-Za-z ()/.\-]{0,40}", key):
        return key
    return "<key>"


@dataclass
class FileShape:
    """The structure of one member: masked path, size bucket and (JSON/CSV) its shape."""

    path: str
    size: str
    format: str
    status: str = "known"  # known | ignored | unknown (by the detected parser's rules) | unreadable
    keys: dict[str, dict[str, Any]] = field(default_factory=dict)  # key path → {types, lengths}
    columns: list[str] = field(default_factory=list)
    rows: str | None = None
    sampled: bool = False
    problem: str | None = None
    reason: str | None = None  # why an ignored file is ignored (the parser's rule text, no personal data)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "size": self.size, "format": self.format, "status": self.status}
        if self.reason:
            out["reason"] = self.reason
        if self.keys:
            out["keys"] = {k: {"types": sorted(v["types"]), **({"lengths": sorted(v["lengths"])} if v["lengths"]
                                                               else {})} for k, v in sorted(self.keys.items())}
        if self.columns:
            out["columns"] = self.columns
        if self.rows is not None:
            out["rows"] = self.rows
        if self.sampled:
            out["sampled"] = True
        if self.problem:
            out["problem"] = self.problem
        return out


@dataclass
class Description:
    """What ``dataexam describe`` prints for one input: detection and every member's shape."""

    input: str
    source: str | None
    variant: str | None
    confidence: float
    reason: str
    files: list[FileShape]

    def to_dict(self) -> dict[str, Any]:
        unknown = [f.path for f in self.files if f.status == "unknown"]
        return {
            "schema": "dataexam.describe/1",
            "input": self.input,
            "source": self.source,
            "variant": self.variant,
            "confidence": self.confidence,
            "detection": self.reason,
            "files": [f.to_dict() for f in self.files],
            "unknown_files": unknown,
        }


def _vocabulary(registry: Registry) -> set[str]:
    words = set(_GENERIC_WORDS)
    for info in registry.parsers.values():
        for rule in info.cls.rules:
            words.update(w.lower() for w in _WORD.findall(rule.pattern.pattern))
        for marker in info.cls.markers:
            words.update(w.lower() for w in _WORD.findall(marker))
    # regex escapes and classes leave letter runs that are not words of any layout
    return {w for w in words if len(w) > 1 or w in {"a", "e"}}


def _format_of(path: str) -> str:
    lower = path.lower()
    for ext, name in ((".json", "json"), (".js", "js"), (".csv", "csv")):
        if lower.endswith(ext):
            return name
    return lower.rsplit(".", 1)[-1] if "." in lower.rsplit("/", 1)[-1] else "other"


def _shape_path(prefix: str) -> str:
    out = []
    for part in prefix.split(".") if prefix else []:
        out.append("[]" if part == "item" else mask_key(part))
    text = ".".join(out).replace(".[]", "[]")
    return text or "(top level)"


def _describe_json(member: Member, shape: FileShape, js: bool) -> None:
    lengths: list[int] = []  # open arrays' running lengths (stack)
    starts: list[str] = []
    with member.open() as raw:
        stream: Any = skip_js_prefix(raw) if js else raw
        n = 0
        try:
            for prefix, event, _value in ijson.parse(stream, use_float=True):
                n += 1
                if n > MAX_EVENTS_PER_FILE:
                    shape.sampled = True
                    break
                # count an element of the innermost open array when its item starts
                if lengths and (prefix == starts[-1] + (".item" if starts[-1] else "item")) and event not in (
                        "end_map", "end_array", "map_key"):
                    lengths[-1] += 1
                if event in ("map_key", "end_map"):
                    continue
                if event == "end_array":
                    entry = shape.keys.get(_shape_path(starts.pop()))
                    count = lengths.pop()
                    if entry is not None:
                        entry["lengths"].add(count_bucket(count))
                    continue
                kind = {"start_map": "object", "start_array": "array", "string": "string", "number": "number",
                        "integer": "number", "boolean": "boolean", "null": "null"}.get(event, event)
                key = _shape_path(prefix)
                entry = shape.keys.get(key)
                if entry is None:
                    if len(shape.keys) >= MAX_PATHS_PER_FILE:
                        shape.sampled = True
                    else:
                        entry = shape.keys[key] = {"types": set(), "lengths": set()}
                if entry is not None:
                    entry["types"].add(kind)
                if event == "start_array":
                    starts.append(prefix)
                    lengths.append(0)
        except Exception as exc:
            shape.problem = f"JSON stops being readable ({type(exc).__name__})"


def _describe_csv(member: Member, shape: FileShape) -> None:
    with member.open() as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
        reader = csv.reader(text)
        try:
            header = next(reader, None)
            if header is None:
                shape.problem = "empty file"
                return
            shape.columns = [mask_key(h, header=True) for h in header[:MAX_CSV_COLUMNS]]
            rows = 0
            for rows, _ in enumerate(reader, 1):
                if rows >= MAX_EVENTS_PER_FILE:
                    shape.sampled = True
                    break
            shape.rows = count_bucket(rows)
        except (csv.Error, UnicodeError) as exc:
            shape.problem = f"CSV stops being readable ({type(exc).__name__})"


def describe_archive(archive: Archive, registry: Registry | None = None) -> Description:
    """The structure of one opened export (see the module docstring for what is kept)."""
    registry = registry or load_registry()
    masker = _Masker(_vocabulary(registry))
    detection = registry.best(archive)
    parser = registry.create(detection.parser) if detection is not None else None
    files: list[FileShape] = []
    for member in sorted(archive.members(), key=lambda m: m.path):
        fmt = _format_of(member.path)
        shape = FileShape(path=masker.path(member.path), size=size_bucket(member.size), format=fmt)
        if parser is not None:
            status = parser.file_status(member)
            shape.status = "known" if status == "handled" else status
            if status == "ignored":
                shape.reason = parser.ignore_reason(member.path)
        else:
            shape.status = "unknown"
        try:
            if member.size == 0:
                shape.problem = "empty file"
            elif fmt in ("json", "js"):
                _describe_json(member, shape, js=fmt == "js")
            elif fmt == "csv":
                _describe_csv(member, shape)
        except OSError as exc:
            shape.problem = f"could not be read ({type(exc).__name__})"
        files.append(shape)
    for issue in archive.issues:
        # what opening the input could not read: a folder it could not list (no permission), a file it
        # could not stat — its files are missing from the list above, and a bug report must say so
        files.append(FileShape(path=masker.path(issue.member) if issue.member else ".", size="?", format="",
                               status="unreadable", problem=issue.message))
    name = os.path.basename(archive.name.rstrip("/")) or archive.name
    return Description(
        input=masker.component(name),
        source=detection.parser if detection else None,
        variant=detection.variant if detection else None,
        confidence=detection.confidence if detection else 0.0,
        reason=_safe_reason(detection.reason) if detection else "no parser recognised it",
        files=files,
    )


def _safe_reason(reason: str) -> str:
    # detection reasons are dataexam's own words with counts of files; counts are fine, but keep
    # them free of anything path-like in case a plugin's reason quotes a member name
    return reason if "/" not in reason else "recognised"


def describe(paths: Iterable[str | os.PathLike[str]], *, limits: ArchiveLimits = DEFAULT_LIMITS,
             registry: Registry | None = None) -> list[Description]:
    """Describe every export found in the inputs (zip, folder or single file; a folder or zip holding
    several exports gives one description each, as ``scan`` splits it); an input in which nothing is
    recognised is described whole (that is when a bug report needs it most). Raises what
    :func:`open_input` raises."""
    from . import api
    from .errors import HTMLExportError, NothingRecognised

    registry = registry or load_registry()
    out: list[Description] = []
    for n, path in enumerate(paths, 1):
        # every input by its position and kind (input_label, as report --redact and batch name them), never by
        # its name: "describe fb x" named the input "fb" (a vocabulary word) and masked "x" as "<name-3>" (the
        # twenty-fifth pass's second tester, L4); a Facebook zip's name carries the username
        label = input_label(n, path)
        try:
            exports = api.open_exports([path], limits=limits, registry=registry, not_exports=[], per_account=True)
        except (NothingRecognised, HTMLExportError):
            exports = []
        if len(exports) > 1:
            try:
                for e in exports:
                    d = describe_archive(e.archive, registry)
                    d.input = f"{label} › {d.input}"  # one export of several inside the input: its masked name
                    out.append(d)
            finally:
                api.close_exports(exports)
            continue
        api.close_exports(exports)
        archive = open_input(path, limits)
        try:
            d = describe_archive(archive, registry)
            d.input = label
            out.append(d)
        finally:
            archive.close()
    return out


def render_text(descriptions: list[Description]) -> str:
    """A plain-text rendering: one block per input, one line per file, key paths indented."""
    lines: list[str] = []
    for d in descriptions:
        lines.append(f"input {d.input}: source {d.source or 'unknown'}, variant {d.variant or 'unknown'}, "
                     f"confidence {d.confidence:.2f} ({d.reason})")
        for f in d.files:
            extra = f" [{f.status}{': ' + f.reason if f.reason else ''}]" if f.status != "known" else ""
            extra += f" rows {f.rows}" if f.rows is not None else ""
            extra += " (sampled)" if f.sampled else ""
            extra += f" — {f.problem}" if f.problem else ""
            lines.append(f"  {f.path}  {f.size}{extra}")
            if f.columns:
                lines.append("      columns: " + ", ".join(f.columns))
            for key, info in sorted(f.keys.items()):
                lens = f" len {','.join(sorted(info['lengths']))}" if info["lengths"] else ""
                lines.append(f"      {key}: {'|'.join(sorted(info['types']))}{lens}")
        unknown = [f.path for f in d.files if f.status == "unknown"]
        lines.append(f"  unknown files: {len(unknown)}")
        lines.append("")
    # one line per entry: a path or key holding a newline or a terminal escape is escaped within its line
    return "\n".join(map(shown, lines))


__all__ = ["Description", "FileShape", "count_bucket", "describe", "describe_archive", "mask_key", "render_text",
           "size_bucket"]
