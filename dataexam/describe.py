"""``dataexam describe``: an export's structure without any of its values, for bug reports.

When an export breaks, maintainers need its *shape* and the person cannot send their data. A
description holds only:

- member paths, each component either a standard name of a known export layout (every word in it
  appears in a built-in parser's rules, or is a common file-format word) with digit runs shown as
  ``#``, or masked as ``<name-N>`` (Messenger thread folders ``janedoe_1234567`` and wrapper folders
  ``facebook-jane.doe-2024`` carry people's names);
- file sizes in decade buckets (``1-10 kB``), never exact;
- for JSON and X ``.js`` members: key paths (``[].messages[].sender_name``) with the JSON types seen
  there and array lengths in decade buckets; a key is kept only when it is field-like and each of its
  words is a word of known exports' field names, else masked whole as ``<key>`` (labels, names,
  handles, e-mail addresses or ids used as keys; :func:`mask_key`), and masked too where its object
  says it is data (keys of mixed naming conventions, a mapping keyed by other names in each record:
  :func:`_data_keys`);
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
import functools
import importlib.resources
import io
import os
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import ijson

from .archive import (
    DEFAULT_LIMITS,
    Archive,
    ArchiveLimits,
    Member,
    input_label,
    open_input,
    shared_spills,
    use_shared_spills,
)
from .jsonstream import skip_js_prefix
from .outputs import shown
from .registry import Registry, load_registry
from .wording import size_units

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
    """A byte count as a decade bucket: ``0 bytes``, ``1-10 bytes`` … ``1-10 kB`` … ``1-10 GB`` … ``PB`` (never
    the exact size), in the units every size of the tool is said in (:func:`~dataexam.wording.size_units`, CLDR's:
    "kB", as the notices say it; T56C 5: this said "KB")."""
    units = size_units()
    if n <= 0:
        return f"0 {units[0]}"
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


# a key's words: runs of capitals (an acronym), capitalised or lower-case runs (camelCase humps); digits and
# underscores only separate them ("editTweetIds" → edit, tweet, ids; "profile_v2" → profile, v)
_KEY_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


@functools.cache
def field_words() -> frozenset[str]:
    """The words of known exports' field names (``dataexam/data/field_words.txt``, lower case): a key or
    header is shown only when each of its words is one of these."""
    text = (importlib.resources.files("dataexam") / "data" / "field_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def mask_key(key: str, *, header: bool = False) -> str:
    """A JSON key or CSV header as shown: a field name of known exports kept (digit runs ``#``), else ``<key>``.

    A key is kept whole or masked whole, never in parts: it is kept when it is field-like (letters,
    digits, ``_``; for CSV headers, ``header=True``, also words with spaces, "Order ID", Amazon's
    headers) and every word of it is a word of known exports' field names (:func:`field_words`). Keys
    that are values — an e-mail address, a name, a phone number, a handle (``mia_becker``,
    ``hannahvogel70``), a token (``SECRETCANARY``), a long id — are shown as ``<key>`` (T28B L1: a
    map keyed by people's handles or addresses showed them). A field of a new export whose words are
    not listed is masked too: its place and types still show.
    """
    key = key.strip().lstrip("\ufeff")
    if _FIELD_NAME.match(key) and len(key) <= 48 and not re.search(r"\d{3,}", key):
        shown = _DIGITS.sub("#", key)
    elif header and re.fullmatch(r"[A-Za-z][A-Za-z ()/.\-]{0,40}", key):
        shown = key
    else:
        return "<key>"
    words = _KEY_WORD.findall(key)
    if words and all(w.lower() in field_words() for w in words):
        return shown
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


def path_masker(registry: Registry | None = None) -> Callable[[str], str]:
    """A function masking a member path as ``describe`` shows it: each folder or file name that is not made of the
    known exports' layout words becomes ``<name-1>``, ``<name-2>`` … (stable within the masker), so
    ``messages/inbox/jonaskruger_1234/message_1.json`` → ``messages/inbox/<name-1>/message_#.json``. Used for the
    issue summary of a ``--redact`` run (T33A M7: a Messenger thread's folder is named after the other person)."""
    return _Masker(_vocabulary(registry or load_registry())).path


def _format_of(path: str) -> str:
    lower = path.lower()
    for ext, name in ((".json", "json"), (".js", "js"), (".csv", "csv")):
        if lower.endswith(ext):
            return name
    return lower.rsplit(".", 1)[-1] if "." in lower.rsplit("/", 1)[-1] else "other"


def _child(path: str, key: str | None) -> str:
    """The shown path of a value inside the container at ``path``: ``path.key`` in an object (``key`` already
    masked), ``path[]`` in an array (``key`` None); at the top level the key alone, or ``[]``."""
    if key is None:
        return f"{path}[]"
    return f"{path}.{key}" if path else key


class _ObjectKeys:
    """What one object path's occurrences held, for :func:`_data_keys`: how often the path occurred, the kinds of
    its values, a few of its distinct keys (only how many there are is asked, up to 3), and for each key shown
    (a field-word key; at most :data:`MAX_KEYS_PER_OBJECT`) in how many occurrences it stood. Raw keys never
    leave the file's reading."""

    __slots__ = ("distinct", "kinds", "n", "shown")

    def __init__(self) -> None:
        self.n = 0
        self.kinds: set[str] = set()
        self.distinct: set[str] = set()
        self.shown: dict[str, int] = {}

    def add(self, items: list[tuple[str, str, str]]) -> None:
        self.n += 1
        seen: set[str] = set()
        for raw, key, kind in items:
            self.kinds.add(kind)
            if len(self.distinct) < 3:
                self.distinct.add(raw)
            if key != "<key>" and key not in seen and (key in self.shown or len(self.shown) < MAX_KEYS_PER_OBJECT):
                seen.add(key)
                self.shown[key] = self.shown.get(key, 0) + 1


MAX_KEYS_PER_OBJECT = 1000

#: the naming conventions of a platform's field names: one object's fields keep one (X's tweets snake_case, its
#: account records camelCase, Facebook's snake_case, Amazon's Kindle records camelCase beside "ASIN"). A single
#: lower-case word fits snake_case and camelCase; a single upper-case word (an acronym: ASIN, URL) fits all.
_CONVENTIONS: tuple[frozenset[str], ...] = (frozenset({"snake", "lower", "acronym"}),
                                            frozenset({"camel", "lower", "acronym"}),
                                            frozenset({"capital", "acronym"}), frozenset({"upper", "acronym"}))


def _convention(key: str) -> str:
    """``key``'s naming style: ``lower`` (urls), ``snake`` (user_mentions), ``camel`` (accountId), ``capital``
    (Author, MayPage), ``acronym`` (ASIN), ``upper`` (MAX_PAGE)."""
    if not re.search(r"[a-z]", key):
        return "acronym" if "_" not in key.strip("_#") else "upper"
    if key[0].isupper():
        return "capital"
    if re.search(r"[A-Z]", key):
        return "camel"
    return "snake" if "_" in key.strip("_#") else "lower"


#: the words of known exports' field names (:func:`field_words`) that are also common given names: the field words
#: found in a list of 13,952 given names (github.com/devthejo/first-names-list, first-names.txt), less those that are
#: not names as keys ("ai", "an", "author", "avi", "de", "in", "ja", "lang", "meta", "numbers", "peer", "two": codes,
#: file types and words the list holds as rare names). No field of the known exports is made of these words alone:
#: they stand beside others ("next_bill_date", "page_likes", "maxPartSizeBytes", "people_you_may_know"; fixtures
#: and formats.md), while a key "max", "Bill" or "billPage" reads as a person's name (T30C C3)
NAME_WORDS = frozenset({"alexa", "bill", "max", "may", "page"})


def _is_name_key(key: str) -> bool:
    """Whether every word of ``key`` (a key shown: made of field words) is a given name (:data:`NAME_WORDS`)."""
    words = _KEY_WORD.findall(key)
    return bool(words) and all(w.lower() in NAME_WORDS for w in words)


def _data_keys(objects: dict[str, _ObjectKeys]) -> dict[str, set[str]]:
    """Object path → the keys shown there (made of field words) that its context says are data, not fields.

    A key made only of field words may be a platform's field name or a person's name or handle used as a key
    ("billPage", "max_may", "Max", "BILL": T29D L-c). Two contexts tell the second:

    - the keys of one object mix naming conventions (:data:`_CONVENTIONS`): a platform names one object's fields
      alike, people's names and handles come in any case. The keys outside the convention most of them keep are
      data; all of them where none holds more than half. No object of the committed fixtures mixes them
      (``tests/test_describe.py``);
    - a mapping keyed by data: an object path seen at least twice, with at least 3 distinct keys, whose values
      are all of one kind, where no key stands in more than one of its occurrences (every record names other
      people). An object seen once cannot be told from a record of fields this way (X's manifest ``dataTypes``
      is a mapping keyed by field names): only the conventions judge it;
    - a key made of given names only (:data:`NAME_WORDS`: "max", "Bill", "billPage", "maxMay"), wherever it is and
      however often it is seen (T30C C3: such keys in one convention, seen once, were shown); and where at least
      half of an object's keys are such and its values are all of one kind (a mapping's values are alike: counts,
      or records), its other keys too ("story" beside "bill", "max", "may"). X's ``entities`` holds arrays only,
      so a lone "Max" among hashtags, symbols, urls and user_mentions is masked alone.
    """
    masked: dict[str, set[str]] = {}
    for path, seen in objects.items():
        keys = list(seen.shown)
        if not keys:
            continue
        styles = {key: _convention(key) for key in keys}
        if not any(set(styles.values()) <= convention for convention in _CONVENTIONS):
            best = max(_CONVENTIONS, key=lambda c: sum(styles[k] in c for k in keys))
            kept = [k for k in keys if styles[k] in best]
            masked[path] = {k for k in keys if k not in kept} if len(kept) * 2 > len(keys) else set(keys)
        if (seen.n >= 2 and len(seen.distinct) >= 3 and len(seen.kinds) == 1
                and all(count == 1 for count in seen.shown.values())):
            masked[path] = set(keys)
        names = {key for key in keys if _is_name_key(key)}
        if names:
            mapping = len(seen.kinds) == 1 and len(names) * 2 >= len(keys)
            masked[path] = masked.get(path, set()) | (set(keys) if mapping else names)
    return masked


def _remask(shape: FileShape, masked: dict[str, set[str]]) -> None:
    """``shape.keys`` with each key of :func:`_data_keys` shown as ``<key>`` wherever it is in a path (paths that
    become one are merged: their types and lengths joined)."""
    if not masked:
        return
    keys: dict[str, dict[str, Any]] = {}
    for path, entry in shape.keys.items():
        new = path
        if path != "(top level)":
            original, new = "", ""
            for part in path.split("."):
                name = part.rstrip("[]")
                arrays = part[len(name):]
                shown = "<key>" if name and name in masked.get(original, ()) else name
                original = (_child(original, name) if name else original) + arrays
                new = (_child(new, shown) if name else new) + arrays
        target = keys.setdefault(new, {"types": set(), "lengths": set()})
        target["types"] |= entry["types"]
        target["lengths"] |= entry["lengths"]
    shape.keys = keys


def _describe_json(member: Member, shape: FileShape, js: bool) -> None:
    # Paths are built from ijson's basic events, each key masked whole before it joins the path:
    # ijson's own prefixes join raw keys with dots, so a key holding a dot ("anna.schmidt@example.com")
    # was split into parts and each part judged alone ("anna.<key>.com", T28B L1), and a key named
    # "item" read as an array element. Each object's keys are kept while it is open, so that keys made of
    # field words can be judged in their context at the end (:func:`_data_keys`).
    # open containers: [path, is_array, path of the value now, element count, (raw key, shown key, kind) of an
    # object's values so far, the raw key of the value to come]
    frames: list[list[Any]] = []
    objects: dict[str, _ObjectKeys] = {}
    with member.open() as raw:
        stream: Any = skip_js_prefix(raw) if js else raw
        n = 0
        try:
            for event, value in ijson.basic_parse(stream, use_float=True):
                n += 1
                if n > MAX_EVENTS_PER_FILE:
                    shape.sampled = True
                    break
                if event == "map_key":
                    shown = mask_key(value)
                    frames[-1][2] = _child(frames[-1][0], shown)
                    frames[-1][5] = (value, shown)
                    continue
                if event in ("end_map", "end_array"):
                    path, is_array, _, count, items, _ = frames.pop()
                    entry = shape.keys.get(path or "(top level)")
                    if is_array and entry is not None:
                        entry["lengths"].add(count_bucket(count))
                    elif not is_array and (path in objects or len(objects) < MAX_PATHS_PER_FILE):
                        objects.setdefault(path, _ObjectKeys()).add(items)
                    continue
                kind = {"start_map": "object", "start_array": "array", "string": "string", "number": "number",
                        "integer": "number", "boolean": "boolean", "null": "null"}.get(event, event)
                if frames:
                    path = frames[-1][2]
                    frames[-1][3] += 1
                    if not frames[-1][1]:
                        frames[-1][4].append((*frames[-1][5], kind))
                else:
                    path = ""
                key = path or "(top level)"
                entry = shape.keys.get(key)
                if entry is None:
                    if len(shape.keys) >= MAX_PATHS_PER_FILE:
                        shape.sampled = True
                    else:
                        entry = shape.keys[key] = {"types": set(), "lengths": set()}
                if entry is not None:
                    entry["types"].add(kind)
                if event == "start_map":
                    frames.append([path, False, path, 0, [], None])
                elif event == "start_array":
                    frames.append([path, True, _child(path, None), 0, [], None])
        except Exception as exc:
            shape.problem = f"JSON stops being readable ({type(exc).__name__})"
    _remask(shape, _data_keys(objects))


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
        except (OSError, EOFError, zipfile.BadZipFile, zlib.error) as exc:
            # a damaged zip member (its data cut or its checksum wrong: BadZipFile, zlib.error) is described as such,
            # the other members as they are — `report` reads the rest and says `corrupt-member` (T33B L3: describe
            # ended "internal error (BadZipFile)", on the very downloads a bug report is about)
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
             registry: Registry | None = None, warnings: list[str] | None = None) -> list[Description]:
    """Describe every export found in the inputs (zip, folder or single file; a folder or zip holding
    several exports gives one description each, as ``scan`` splits it); an input in which nothing is
    recognised is described whole (that is when a bug report needs it most). Raises what
    :func:`open_input` raises. ``warnings`` (a list) gets what the run says beside the descriptions: zips inside
    zips inflated into a temporary folder in memory (:func:`dataexam.api.zip_spill_warnings`; INP57, T54B 7)."""
    from . import api
    from .errors import HTMLExportError, NothingRecognised

    registry = registry or load_registry()
    out: list[Description] = []
    described: list[Archive] = []  # (their inflated zips inside zips said once, at the end)
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
            described.extend(e.archive for e in exports)
            try:
                for e in exports:
                    d = describe_archive(e.archive, registry)
                    d.input = f"{label} › {d.input}"  # one export of several inside the input: its masked name
                    out.append(d)
            finally:
                api.close_exports(exports)
            continue
        # the input described whole, its zips inside zips read from the copies the exports inflated (INP58: each
        # part zip was inflated twice, once to find the export and once to describe it)
        described.extend(e.archive for e in exports)
        try:
            use_shared_spills(shared_spills(e.archive for e in exports))
            archive = open_input(path, limits)
        finally:
            use_shared_spills({})
            api.close_exports(exports)
        if not exports:
            described.append(archive)
        try:
            d = describe_archive(archive, registry)
            d.input = label
            out.append(d)
        finally:
            archive.close()
    if warnings is not None:
        warnings.extend(api.zip_spill_warnings(described))
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


__all__ = ["Description", "FileShape", "count_bucket", "describe", "describe_archive", "field_words", "mask_key",
           "render_text", "size_bucket"]
