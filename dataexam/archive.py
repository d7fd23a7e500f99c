"""Read-only access to export archives: zips, folders, single files, nested zips, part-zips.

An :class:`Archive` is one *virtual export*: the union of the members of one or more inputs (a
Facebook export split into ``1of3-…zip`` parts, Amazon's one-zip-per-category download, a folder
holding both). Members are opened as streams straight out of the zip; nothing is extracted to
disk. Paths are ``/``-separated and relative to the input's root, with any wrapper folder kept:
parsers match on path *suffixes*, which is what survives every re-zip and wrapper folder seen in
the wild.

Limits protect against hostile input (zip bombs, zip-in-zip towers); a member over a limit is
skipped with a :class:`~dataexam.events.ParseIssue` and can be admitted by raising the limit.
"""

from __future__ import annotations

import io
import logging
import os
import re
import stat
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .errors import CorruptArchive, InputNotFound, NotAnArchive
from .events import ParseIssue

log = logging.getLogger(__name__)

MiB = 1024 * 1024
GiB = 1024 * MiB


@dataclass(frozen=True, slots=True)
class ArchiveLimits:
    """Documented limits on what an archive may contain (raise them with CLI options)."""

    max_member_bytes: int = 16 * GiB  # one uncompressed member
    max_ratio: float = 250.0  # uncompressed / compressed size, checked for members over 1 MiB
    max_nesting: int = 3  # zip inside zip inside zip …
    max_string_bytes: int = 64 * MiB  # one JSON string value (enforced by the JSON reader)
    max_json_depth: int = 256  # nesting of JSON arrays/objects (enforced by the JSON reader)


DEFAULT_LIMITS = ArchiveLimits()

# Files operating systems and zip tools add; never part of an export.
_JUNK_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini", ".localized"}
_JUNK_DIRS = {"__MACOSX", ".Trashes", ".Spotlight-V100", ".fseventsd"}

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


@dataclass(frozen=True, slots=True)
class Member:
    """One file inside an export, opened lazily as a binary stream."""

    path: str
    size: int
    input: str
    opener: Callable[[], IO[bytes]] = field(repr=False, compare=False)

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    def open(self) -> IO[bytes]:
        """Open the member for streaming reads (the caller closes it)."""
        return self.opener()


def is_junk(path: str) -> bool:
    """True for OS litter: ``__MACOSX/``, ``.DS_Store``, AppleDouble ``._x`` files."""
    parts = path.split("/")
    if any(p in _JUNK_DIRS for p in parts[:-1]):
        return True
    name = parts[-1]
    return name in _JUNK_NAMES or name.startswith("._")


def normalise_member_name(raw: str) -> tuple[str, bool]:
    """Make a zip member name a safe relative ``/`` path; say whether it had to change.

    Hostile or Windows-made zips carry ``..`` components, absolute paths or backslashes. Nothing
    is ever extracted, but a clean relative path keeps matching and reporting honest.
    """
    cleaned = raw.replace("\\", "/")
    parts = [p for p in cleaned.split("/") if p not in ("", ".", "..")]
    # a drive letter such as "C:" at the front of an absolute Windows path
    if parts and re.fullmatch(r"[A-Za-z]:", parts[0]):
        parts = parts[1:]
    result = "/".join(parts)
    return result, result != raw.rstrip("/")


class Archive:
    """One virtual export made of one or more inputs.

    Use :func:`open_archive` to build one. Iterate :meth:`members` (sorted by path), look files
    up with :meth:`find`, and close it (or use it as a context manager) when done.
    """

    def __init__(self, inputs: Iterable[str], members: Iterable[Member], issues: Iterable[ParseIssue],
                 closers: Iterable[Callable[[], None]] = ()) -> None:
        self.inputs: tuple[str, ...] = tuple(inputs)
        self._members = sorted(members, key=lambda m: m.path)
        self._by_path = {m.path: m for m in self._members}
        self.issues: list[ParseIssue] = list(issues)
        self._closers = list(closers)

    @property
    def name(self) -> str:
        """A display name: the input, or the inputs joined with ``+``."""
        return " + ".join(self.inputs)

    def members(self) -> list[Member]:
        return list(self._members)

    def paths(self) -> list[str]:
        return [m.path for m in self._members]

    def get(self, path: str) -> Member | None:
        return self._by_path.get(path)

    def find(self, pattern: str | re.Pattern[str]) -> list[Member]:
        """Members whose path matches ``pattern`` (``re.search`` semantics)."""
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        return [m for m in self._members if rx.search(m.path)]

    def close(self) -> None:
        for closer in reversed(self._closers):
            try:
                closer()
            except Exception:  # pragma: no cover - closing a read-only zip cannot lose data
                log.debug("error while closing an archive", exc_info=False)
        self._closers.clear()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @classmethod
    def merge(cls, archives: Iterable[Archive]) -> Archive:
        """One virtual export from several (part-zips); paths must not collide."""
        archives = list(archives)
        merged = cls(
            [i for a in archives for i in a.inputs],
            [m for a in archives for m in a._members],
            [i for a in archives for i in a.issues],
            [c for a in archives for c in a._closers],
        )
        for a in archives:
            a._closers = []
        return merged


def open_archive(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
                 limits: ArchiveLimits = DEFAULT_LIMITS) -> Archive:
    """Open one or more inputs (zip, folder, single file) as a single virtual export.

    >>> with open_archive(["facebook-1of2.zip", "facebook-2of2.zip"]) as export:
    ...     paths = export.paths()
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    archives = [open_input(p, limits) for p in paths]
    return archives[0] if len(archives) == 1 else Archive.merge(archives)


def open_input(path: str | os.PathLike[str], limits: ArchiveLimits = DEFAULT_LIMITS) -> Archive:
    """Open one input path: a folder, a zip file or a single export file."""
    display = os.fspath(path)
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputNotFound(f"{display}: no such file or folder") from None
    except OSError as exc:
        raise NotAnArchive(f"{display}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    if stat.S_ISDIR(st.st_mode):
        return _open_folder(p, display, limits)
    if not stat.S_ISREG(st.st_mode):
        raise NotAnArchive(f"{display}: not a regular file or folder")
    try:
        with p.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise NotAnArchive(f"{display}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    if head.startswith(_ZIP_MAGIC) or p.suffix.lower() == ".zip":
        return _open_zip_file(p, display, head, limits)
    # a single export file given on its own (an old Amazon order report, one tweets.js)
    member = Member(p.name, st.st_size, display, lambda: p.open("rb"))
    return Archive([display], [member], [])


def _describe_non_zip(head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "not a zip file (it looks like a PDF)"
    if head.lstrip().lower().startswith((b"<!doc", b"<html")):
        return "not a zip file (it looks like an HTML page)"
    if not head:
        return "not a zip file (it is empty)"
    if head.startswith(b"\x1f\x8b"):
        return "not a zip file (it looks like gzip; unpack it or give the folder)"
    return "not a zip file"


def _open_zip_file(p: Path, display: str, head: bytes, limits: ArchiveLimits) -> Archive:
    if not head.startswith(_ZIP_MAGIC):
        raise NotAnArchive(f"{display}: {_describe_non_zip(head)}")
    try:
        zf = zipfile.ZipFile(p)
    except zipfile.BadZipFile:
        raise CorruptArchive(
            f"{display}: the zip file is damaged or incomplete (its directory is missing; "
            "was the download interrupted?)"
        ) from None
    except (OSError, EOFError, ValueError) as exc:
        raise CorruptArchive(f"{display}: the zip file cannot be read ({type(exc).__name__})") from None
    members: list[Member] = []
    issues: list[ParseIssue] = []
    closers: list[Callable[[], None]] = [zf.close]
    _collect_zip(zf, display, "", 1, limits, members, issues, closers)
    return Archive([display], members, issues, closers)


def _collect_zip(zf: zipfile.ZipFile, display: str, prefix: str, depth: int, limits: ArchiveLimits,
                 members: list[Member], issues: list[ParseIssue],
                 closers: list[Callable[[], None]]) -> None:
    for info in zf.infolist():
        if info.is_dir():
            continue
        path, changed = normalise_member_name(info.filename)
        if not path or is_junk(path):
            continue
        full = prefix + path
        if changed:
            issues.append(ParseIssue(archive=display, member=full, code="unsafe-name",
                                     message="member name had absolute, '..' or backslash parts; "
                                             "read under a cleaned name"))
        problem = _limit_problem(info, limits)
        if problem:
            issues.append(ParseIssue(archive=display, member=full, code="limit", message=problem))
            continue
        if path.lower().endswith(".zip"):
            if depth >= limits.max_nesting:
                issues.append(ParseIssue(
                    archive=display, member=full, code="limit",
                    message=f"zip nested deeper than {limits.max_nesting} levels; skipped "
                            "(raise --max-nesting to read it)"))
                continue
            try:
                inner = zipfile.ZipFile(zf.open(info))  # seekable stream; never written to disk
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError):
                issues.append(ParseIssue(archive=display, member=full, code="corrupt-zip",
                                         message="nested zip is damaged and was skipped"))
                continue
            closers.append(inner.close)
            inner_prefix = full[: -len(".zip")] + "/"
            _collect_zip(inner, display, inner_prefix, depth + 1, limits, members, issues, closers)
            continue
        members.append(Member(full, info.file_size, display, _zip_opener(zf, info)))


def _zip_opener(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[], IO[bytes]]:
    def opener() -> IO[bytes]:
        return zf.open(info)

    return opener


def _limit_problem(info: zipfile.ZipInfo, limits: ArchiveLimits) -> str | None:
    if info.file_size > limits.max_member_bytes:
        return (f"member is {info.file_size} bytes uncompressed, over the {limits.max_member_bytes}-byte "
                "limit; skipped (raise --max-member-size to read it)")
    if info.file_size > MiB and info.compress_size > 0:
        ratio = info.file_size / info.compress_size
        if ratio > limits.max_ratio:
            return (f"member compresses {ratio:.0f}:1, over the {limits.max_ratio:.0f}:1 limit "
                    "(a zip bomb?); skipped (raise --max-ratio to read it)")
    return None


def _open_folder(root: Path, display: str, limits: ArchiveLimits) -> Archive:
    members: list[Member] = []
    issues: list[ParseIssue] = []
    closers: list[Callable[[], None]] = []
    # os.walk does not follow directory symlinks, so a symlink loop cannot trap us.
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=None):
        dirnames[:] = sorted(d for d in dirnames if d not in _JUNK_DIRS)
        rel_dir = os.path.relpath(dirpath, root)
        for fname in sorted(filenames):
            rel = fname if rel_dir == "." else f"{rel_dir}/{fname}".replace(os.sep, "/")
            if is_junk(rel):
                continue
            fpath = Path(dirpath, fname)
            try:
                st = fpath.stat()
            except OSError:
                issues.append(ParseIssue(archive=display, member=rel, code="unreadable",
                                         message="file cannot be read (broken link or no permission)"))
                continue
            if not stat.S_ISREG(st.st_mode):
                continue
            if fname.lower().endswith(".zip"):
                _mount_zip_in_folder(fpath, rel, display, limits, members, issues, closers)
                continue
            members.append(Member(rel, st.st_size, display, _file_opener(fpath)))
    return Archive([display], members, issues, closers)


def _mount_zip_in_folder(fpath: Path, rel: str, display: str, limits: ArchiveLimits,
                         members: list[Member], issues: list[ParseIssue],
                         closers: list[Callable[[], None]]) -> None:
    # A folder holding part-zips (or a user's re-zipped sub-folder): read the zip's members in place.
    try:
        zf = zipfile.ZipFile(fpath)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        issues.append(ParseIssue(archive=display, member=rel, code="corrupt-zip",
                                 message="zip file inside the folder is damaged and was skipped"))
        return
    closers.append(zf.close)
    _collect_zip(zf, display, rel[: -len(".zip")] + "/", 2, limits, members, issues, closers)


def _file_opener(path: Path) -> Callable[[], IO[bytes]]:
    def opener() -> IO[bytes]:
        return io.open(path, "rb")  # noqa: UP020 - explicit binary open of a member file

    return opener


def iter_lines(stream: IO[bytes], encoding: str = "utf-8") -> Iterator[str]:
    """Decode a binary member stream line by line (for small text members)."""
    with io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="") as text:
        yield from text
