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

import contextlib
import errno
import functools
import io
import logging
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from .closing import ClosesRaw
from .download_names import INTERRUPTED, interrupted_words, named_zip, part_of
from .errors import (
    CorruptArchive,
    EncryptedArchive,
    InputNotFound,
    NotAnArchive,
    TempSpaceFull,
    no_room,
    no_room_reason,
)
from .events import ParseIssue
from .issue_codes import IssueKind

log = logging.getLogger(__name__)

MiB = 1024 * 1024
GiB = 1024 * MiB


@dataclass(frozen=True, slots=True)
class ArchiveLimits:
    """Documented limits on what an archive may contain (raise them with CLI options)."""

    max_member_bytes: int = 16 * GiB  # one uncompressed member
    max_ratio: float = 250.0  # uncompressed / compressed size, checked for members over 1 MiB
    max_nesting: int = 3  # zip inside zip inside zip …
    # one JSON string value (enforced by the JSON reader). yajl re-scans a string token that spans
    # reads from its start at every read, so the CPU cost grows with the square of its length
    # (8 MiB ≈ 1 s, 64 MiB ≈ 1 min): the largest real strings (a 63k-character post, mojibake-
    # escaped at 6 bytes per byte) stay far below 8 MiB.
    max_string_bytes: int = 8 * MiB
    max_json_depth: int = 256  # nesting of JSON arrays/objects (enforced by the JSON reader)


DEFAULT_LIMITS = ArchiveLimits()

# Files operating systems and zip tools add; never part of an export.
_JUNK_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini", ".localized",
               # macOS Finder's custom folder icon: a file named "Icon" + carriage return (its data in the
               # resource fork), copied into zips and onto shares with the folder (T31C: it was "an unknown file")
               "Icon\r",
               # dataexam's own folder markers (demo --out, batch -o): never part of an export
               ".dataexam-demo.json", ".dataexam-batch"}
_JUNK_DIRS = {"__MACOSX", ".Trashes", ".Spotlight-V100", ".fseventsd"}
#: dataexam's own partial output (``.NAME.XXXXXXXX.part``, mkstemp's name: dataexam.writers._private_temp_beside),
#: being written or left by a power cut: never part of an export (the twenty-fourth pass's first tester saw a
#: run read its own ``.like.js.fw99zsr4.part`` as an unknown file of the input it was writing into)
_OWN_PART = re.compile(r"\..+\.[a-z0-9_]{8}\.part\Z")

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


@dataclass(frozen=True, slots=True)
class Member:
    """One file inside an export, opened lazily as a binary stream."""

    path: str
    size: int
    input: str
    opener: Callable[[], IO[bytes]] = field(repr=False, compare=False)
    #: what tells this version of the file from another of the same size, as listed: a folder
    #: file's (inode, size, modification time in ns), a zip member's (CRC-32, compressed size);
    #: ``()`` when unknown. ``--jobs`` workers compare it (``parallel.member_listing``), and a folder
    #: file whose stamp differs when opened raises :class:`MemberChanged`.
    stamp: tuple[int, ...] = field(default=(), repr=False, compare=False)
    #: the file's own name where ``path`` is the name its service gives it (a single export file sent renamed,
    #: ``my-orders.csv`` read as ``Retail.OrderHistory.1.csv``: :func:`open_input`): what a message about the file
    #: names (T35 M8: "Retail.OrderHistory.1.csv: bad-date" named a file the user never gave); None otherwise
    shown: str | None = field(default=None, compare=False)
    #: its CRC-32 was found not to match while the part zip holding it was inflated (that zip's own CRC-32 failed,
    #: so each of its files was checked): said of a file no parser reads, a photo or video (``damaged-media``, INP59)
    damaged: bool = field(default=False, compare=False)
    #: the name the file's own local header gives where it differs from the zip's directory's, under which the file is
    #: listed (its header damaged, or the directory's name: :func:`_directory_fault`); a parser that knows this name
    #: and not ``path`` reads the file by it (INP61)
    alias: str | None = field(default=None, compare=False)

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    def open(self) -> IO[bytes]:
        """Open the member for streaming reads (the caller closes it)."""
        return self.opener()


def input_label(n: int, path: str | os.PathLike[str]) -> str:
    """How an input is named wherever its file name must not show (``dataexam batch``'s outputs,
    ``report --redact``): its position among the inputs given and its kind (``input-2.zip``,
    ``input-1.folder``), never its name: Facebook names its zips ``facebook-<username>-<date>``, X and
    Amazon downloads can carry a handle too."""
    p = Path(path)
    kind = "folder" if p.is_dir() else (p.suffix.lower().lstrip(".") or "file")
    return f"input-{n}.{kind}"


def printable_path(path: str) -> str:
    """``path`` as text every output can carry, one text for each name: bytes of a file name that are not
    UTF-8 (a name made under another encoding — a zip from an old Windows or macOS extracted here, a
    Latin-1 system — which ``os.walk`` and ``sys.argv`` give as lone surrogates) written ``\\xNN``, as
    Python shows bytes, and a backslash of the name that would read as such an escape (followed by
    ``xNN`` or by another backslash) doubled, as Python's ``repr`` and git's quoted paths escape
    their escape character.

    Such a name reached JSON, SQLite and the report as a lone surrogate, which UTF-8 cannot encode:
    ``scan --json`` and ``report`` of a folder holding one ended with an internal error. Then a file
    really named ``bad\\xff.zip`` was written as the same text as one named ``bad`` + byte 0xFF + ``.zip``
    (T28B L5); now the first is ``bad\\\\xff.zip``. Every other name (no such bytes, no backslash that reads
    as an escape: ``C:\\Users\\anna``) is unchanged. Only what is shown changes; the file is still
    opened by its real name.
    """
    if "\\" not in path:
        try:
            path.encode("utf-8")
        except UnicodeEncodeError:
            pass
        else:
            return path
    out: list[str] = []  # built from the end: whether a backslash is doubled depends on what follows it
    for char in reversed(path):
        if "\udc80" <= char <= "\udcff":  # a byte that is not UTF-8 (PEP 383 surrogateescape)
            out.append(f"\\x{ord(char) - 0xDC00:02x}")
        elif "\ud800" <= char <= "\udfff":  # any other lone surrogate (no file system gives one)
            out.append(f"\\u{ord(char):04x}")
        elif char == "\\":
            after = out[-1] if out else ""
            follows = after + (out[-2] if len(out) > 1 else "") + (out[-3] if len(out) > 2 else "")
            escape_like = after.startswith("\\") or _HEX_ESCAPE.match(follows) is not None
            out.append("\\\\" if escape_like else "\\")
        else:
            out.append(char)
    return "".join(reversed(out))


_HEX_ESCAPE = re.compile(r"x[0-9a-fA-F]{2}")


def is_junk(path: str) -> bool:
    """True for OS litter: ``__MACOSX/``, ``.DS_Store``, AppleDouble ``._x`` files, Finder's ``Icon\\r``,
    Windows' ``Thumbs.db``/``desktop.ini``, dataexam's own markers and partial outputs. ``path`` is a ``/`` path
    inside an export (a zip member or a file under a folder)."""
    parts = path.split("/")
    if any(p in _JUNK_DIRS for p in parts[:-1]):
        return True
    name = parts[-1]
    return name in _JUNK_NAMES or name.startswith("._") or _OWN_PART.match(name) is not None


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


def input_zip_name(inputs: tuple[str, ...]) -> tuple[str, ...]:
    """The input's file name where it is one zip (``("two.zip",)``), else ``()`` (a folder given is not named)."""
    name = re.split(r"[/\\]", inputs[0].rstrip("/\\"))[-1] if len(inputs) == 1 else ""
    return (name,) if name.lower().endswith(".zip") else ()


def zip_chain(path: str, mounts: dict[str, str], base: tuple[str, ...] = ()) -> list[str]:
    """``path`` (a member's, inside an archive) named through the zips read in place it lies in (``mounts``,
    :attr:`Archive.mounts`), after ``base`` (the zips the archive lies in, :attr:`Archive.chain`, or the input zip's
    name): ``["outer.zip", "part1.zip", "posts/your_posts_1.json"]``; ``[path]`` alone where it lies in no zip
    read in place and ``base`` is empty or only the input zip."""
    names: list[str] = []
    while (point := max((p for p in mounts if path.startswith(p + "/")), key=len, default=None)) is not None:
        names.insert(0, path[len(point) + 1:])  # the path inside the zip read in place at ``point``
        path = mounts[point]  # that zip's own path, inside the input or inside the zip holding it
    names.insert(0, path)
    return [*base, *names] if len(names) > 1 or len(base) > 1 else names


@dataclass(frozen=True, slots=True)
class NotUnpacked:
    """A zip inside an input whose bytes could not be inflated into the temporary folder: no room there (the disk or
    the quota full). ``path`` is its path inside the input, ``folder`` the temporary folder, ``reason`` the
    system's words and ours (:func:`~dataexam.errors.no_room_reason`)."""

    path: str
    folder: str
    reason: str
    #: the write was refused for the file's size (EFBIG: a file size limit, ``ulimit -f``, or the file system's
    #: largest file), not for want of room (T53C 6: said "no room … free some room")
    too_large: bool = False


def unpack_fault(too_large: bool, folder: str = "the temporary folder") -> tuple[str, str]:
    """What kept a zip inside a zip from being inflated into ``folder``, and what to do: no room there (the disk,
    quota or ``tmpfs`` full), or (``too_large``, EFBIG) a file size limit (``ulimit -f``) or the file system's
    largest file — where freeing room does not help."""
    if too_large:
        return (f"the file size limit stops it being unpacked into {folder}",
                "raise the file size limit (ulimit -f) or point TMPDIR at a folder whose file system takes larger "
                "files, and run again")
    return (f"no room in {folder} to unpack it",
            "free some room there, or point TMPDIR at a folder with room, and run again")


def no_room_to_unpack(display: str, not_unpacked: list[NotUnpacked], cut: bool = False) -> TempSpaceFull:
    """The error for an input of which nothing could be read because the zips inside it could not be unpacked into
    the temporary folder (exit 1): no fault of the zips nor of the download, what to do said (T53 1: a cut zip of two
    deflated part zips was "not a recognised export … 1 complete file(s) were read", exit 3). ``cut``: the input is
    also a cut zip (an interrupted download), said after."""
    names = list(dict.fromkeys(printable_path(n.path) for n in not_unpacked))
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    first = not_unpacked[0]
    zips = f"{listed}, {'a zip' if len(names) == 1 else f'the {len(names)} zips'} inside it"
    fault = (f"the file size limit stops {zips} being unpacked into the temporary folder {first.folder}"
             if first.too_large else f"no room in the temporary folder {first.folder} to unpack {zips}")
    error = TempSpaceFull(
        f"{display}: nothing in it could be read: {fault} ({first.reason}); {unpack_fault(first.too_large)[1]}"
        + ("; the zip file is also incomplete (was the download interrupted?)" if cut else ""))
    error.inner_names = tuple(names)
    return error


class Archive:
    """One virtual export made of one or more inputs.

    Use :func:`open_archive` to build one. Iterate :meth:`members` (sorted by path), look files
    up with :meth:`find`, and close it (or use it as a context manager) when done.
    """

    def __init__(self, inputs: Iterable[str], members: Iterable[Member], issues: Iterable[ParseIssue],
                 closers: Iterable[Callable[[], None]] = (), mounts: dict[str, str] | None = None,
                 not_unpacked: Iterable[NotUnpacked] = (), chain: Iterable[str] = ()) -> None:
        self.inputs: tuple[str, ...] = tuple(inputs)
        self._members = sorted(members, key=lambda m: m.path)
        self._by_path = {m.path: m for m in self._members}
        self.issues: list[ParseIssue] = list(issues)
        self._closers = list(closers)
        self._parts_open = 0
        #: zips read in place: the folder their members appear under → the zip's own path
        #: (``"downloads/x"`` → ``"downloads/x.zip"``)
        self.mounts: dict[str, str] = dict(mounts or {})
        #: zips inside it not unpacked for want of room in the temporary folder (none of their files listed):
        #: where nothing of it is recognised, that is what is said (:func:`no_room_to_unpack`), not "not an export"
        self.not_unpacked: list[NotUnpacked] = list(not_unpacked)
        #: an export found inside an input (:meth:`part`) in a zip read in place: the zips it lies in, outermost
        #: first, each by its path inside the one before (``("two.zip", "b-facebook-part1.zip")``); empty otherwise.
        #: A message about one of its files names them all (:func:`zip_chain`)
        self.chain: tuple[str, ...] = tuple(chain)
        #: the zips inside it inflated once into temporary files (:class:`Spill`): the run says where they took
        #: memory (a ``TMPDIR`` in memory, as it says of the sort's runs; T53C 1)
        self.spills: list[Spill] = [c for c in self._closers if isinstance(c, Spill)]

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

    def part(self, prefix: str, members: Iterable[Member], display: str) -> Archive:
        """The export found at ``prefix`` inside this input, as an archive of its own.

        ``members`` (members of this archive under ``prefix``) are re-rooted at ``prefix`` and named
        ``display`` (``downloads/twitter-2024.zip``), so paths and event origins read as if that
        export had been given on its own. Nothing is copied or extracted: the members open through
        this archive's zip handles, which stay open until every part has been closed.
        """
        cut = len(prefix)
        rerooted = [replace(m, path=m.path[cut:], input=display, shown=None,
                            alias=m.alias[cut:] if m.alias and m.alias.startswith(prefix) else None)
                    for m in members]
        # a zip read in place at ``prefix`` (``x.zip`` at ``x/``): an issue of the zip itself (``truncated-zip``,
        # a salvaged download in a Downloads folder) is the export's own, as when that zip is given alone
        own_zip = self.mounts.get(prefix[:-1]) if prefix else None
        issues = [ParseIssue(archive=display, member=i.member[cut:] if i.member.startswith(prefix) else "",
                             code=i.code, message=i.message, position=i.position, source=i.source, kind=i.kind,
                             nothing_read=i.nothing_read)
                  for i in self.issues if prefix and (i.member.startswith(prefix) or i.member == own_zip)]
        # the zips read in place inside it (Facebook's zip of part zips in a folder): named as when it is given
        # alone (INP52: a cut inside a part zip named the outer zip only)
        mounts = {point[cut:]: full[cut:] for point, full in self.mounts.items()
                  if prefix and point.startswith(prefix) and full.startswith(prefix)}
        not_unpacked = [replace(n, path=n.path[cut:]) for n in self.not_unpacked
                        if prefix and n.path.startswith(prefix)]
        # the zips the export lies in: those this archive lies in (or the input, a zip), then those read in place at
        # ``prefix`` (INP55: a part zip of a cut zip of part zips, an export of its own, named no outer zip)
        inside = zip_chain(prefix + "\0", self.mounts, self.chain or input_zip_name(self.inputs))[:-1] if prefix else []
        found = Archive([display], rerooted, issues, [self.hold()], mounts, not_unpacked,
                        inside if len(inside) > len(self.chain or input_zip_name(self.inputs)) else self.chain)
        found.spills = list(self.spills)  # (the input's: the run counts each one once)
        return found

    def hold(self) -> Callable[[], None]:
        """Keep this archive's zip files open until the returned function is called (once).

        Parts share them: the last holder to release closes the archive.
        """
        self._parts_open += 1
        done = False

        def release() -> None:
            nonlocal done
            if done:
                return
            done = True
            self._parts_open -= 1
            if self._parts_open == 0:
                self.close()

        return release

    def shown_path(self, path: str) -> str:
        """``path`` with each zip read in place named as the zip (``bundle/x`` → ``bundle/x.zip``)."""
        parts = path.split("/")
        return "/".join(self.mounts.get("/".join(parts[: i + 1]), part).rsplit("/", 1)[-1]
                        for i, part in enumerate(parts))

    @classmethod
    def merge(cls, archives: Iterable[Archive]) -> Archive:
        """One virtual export from several (part-zips); paths must not collide."""
        archives = list(archives)
        merged = cls(
            [i for a in archives for i in a.inputs],
            [m for a in archives for m in a._members],
            [i for a in archives for i in a.issues],
            [c for a in archives for c in a._closers],
            {point: full for a in archives for point, full in a.mounts.items()},  # (paths do not collide)
            [n for a in archives for n in a.not_unpacked],
        )
        merged.spills = [s for a in archives for s in a.spills]
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


def input_stat(path: str | os.PathLike[str]) -> os.stat_result:
    """``stat`` of one input path (symbolic links followed), or the error :func:`open_input` gives for it:
    :class:`~dataexam.errors.InputNotFound` when nothing is there, :class:`~dataexam.errors.NotAnArchive`
    when it cannot be read. A command checks its inputs with it before it says anything else."""
    try:
        return Path(path).stat()
    except FileNotFoundError:
        if os.fspath(path) == "-":  # the Unix "read stdin" name: an export is many files, it cannot come on a pipe
            raise InputNotFound("-: reading an export from standard input is not supported (an export is a zip or "
                                "a folder of many files): give its path; a file named '-' is ./-") from None
        raise InputNotFound(f"{printable_path(os.fspath(path))}: no such file or folder") from None
    except OSError as exc:
        raise NotAnArchive(f"{printable_path(os.fspath(path))}: cannot be read "
                           f"({exc.strerror or type(exc).__name__})") from None


def open_input(path: str | os.PathLike[str], limits: ArchiveLimits = DEFAULT_LIMITS) -> Archive:
    """Open one input path: a folder, a zip file or a single export file."""
    display = printable_path(os.fspath(path))
    p = Path(path)
    st = input_stat(p)
    if stat.S_ISDIR(st.st_mode):
        return _open_folder(p, display, limits)
    if not stat.S_ISREG(st.st_mode):
        raise NotAnArchive(f"{display}: not a regular file or folder")
    from .discover import SNIFF_BYTES, renamed_export_name

    try:
        with p.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError as exc:
        raise NotAnArchive(f"{display}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    if head.startswith(_ZIP_MAGIC) or p.suffix.lower() == ".zip" or (
            # a zip under another name whose first bytes, its first file's signature, are damaged (ZIP63)
            # (or zeroed, where its name says zip whatever a browser added: "x.zip.crdownload", T60A 3)
            len(head) >= 4 and (sum(a != b for a, b in zip(head[:4], _LOCAL_SIG, strict=True)) == 1
                                or (named_zip(p.name) and not head.startswith(_LOCAL_SIG)))
            and (_first_signature_damaged(p) or _program_then_zip(p))) or (
            # a self-extracting zip (a Windows program, "MZ", with a zip after it) under any name (ZIP64)
            head.startswith(b"MZ") and _program_then_zip(p)):
        return _open_zip_file(p, display, head[:8], limits)
    # a single export file given on its own (an old Amazon order report, one tweets.js), under the name its service
    # gives it where its first bytes say which file it is and its own name does not (P35.csv: a renamed order history)
    stamp = _stamp(st)
    name = printable_path(p.name)
    service_name = renamed_export_name(head, name)
    member = Member(service_name or name, st.st_size, display, _file_opener(p, stamp), stamp,
                    f"{name} (read as {service_name})" if service_name else None)
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


def _first_signature_damaged(p: Path) -> bool:
    """Whether ``p``, not beginning with a zip's signature, is a zip whose first file's header signature alone is
    damaged (ZIP63, T58C 5: one bit flipped in its first 4 bytes, "not a zip file" and every record lost though its
    directory was whole): its end record and directory read, and the directory puts a file at its first byte (a
    self-extracting program's zip begins after the program, and is refused as before)."""
    try:
        with zipfile.ZipFile(p) as zf:
            infos = zf.infolist()
            return bool(infos) and min(i.header_offset for i in infos) == 0
    except zipfile.BadZipFile:
        # its directory damaged too (ZIP64, T59A 10): a zip where its first header, read without its signature, has
        # plausible fields and data matching its CRC-32 (:func:`_checked_header`); or, that header damaged past
        # reading (zeroed), a zip named so whose next header is whole, its data matching its CRC-32 (ZIP65: "not a
        # zip file", every record lost, where the walk over its headers loses the first file alone, said)
        try:
            with p.open("rb") as fh:
                size = p.stat().st_size
                return _checked_header(fh, 0, size, signed=False) is not None or (
                    named_zip(p.name) and _checked_header_after(fh, 1, size) is not None)
        except (OSError, ValueError, struct.error):
            return False
    except (OSError, EOFError, ValueError, RuntimeError, NotImplementedError, struct.error, UnicodeDecodeError):
        return False


def _program_then_zip(p: Path) -> bool:
    """Whether ``p`` is a program with a zip after it (a self-extracting zip, as ``zip -A`` or 7-Zip's SFX write one,
    or a program and a zip put together): Python's zipfile reads its directory, and a local header (APPNOTE.TXT 4.3.7)
    is where its first file is (ZIP64, T59A 7: such a file named .zip was refused, "not a zip file", though zipfile and
    unzip tools read it)."""
    try:
        with zipfile.ZipFile(p) as zf:
            infos = zf.infolist()
            first = min((i.header_offset for i in infos), default=0)
            # (its first header's signature damaged, one byte of it: read as a zip whose first signature is, ZIP63;
            # ZIP65: a self-extracting zip so damaged was "not a recognised export")
            return bool(infos) and first > 0 and (_first_header_found(zf, first) or _signature_one_off(zf, first))
    except (OSError, EOFError, ValueError, RuntimeError, NotImplementedError, struct.error, UnicodeDecodeError,
            zipfile.BadZipFile):
        return False


def _open_zip_file(p: Path, display: str, head: bytes, limits: ArchiveLimits) -> Archive:
    if not head.startswith(_ZIP_MAGIC) and not _first_signature_damaged(p) and not _program_then_zip(p):
        raise NotAnArchive(f"{display}: {_describe_non_zip(head)}")
    try:
        zf = _zip_file(p)
    except zipfile.BadZipFile as exc:
        # An interrupted download has no central directory at the end; its complete members can
        # still be read by walking the local file headers from the front (see _salvage_zip).
        why: list[str] = []
        rooms: list[NotUnpacked] = []
        salvaged = _salvage_zip(p, display, limits, why, rooms, _damage_of(exc), _listed_of(exc))
        # a zip named as a browser names a download under way (….zip.crdownload, ….part) and cut short: its lines say
        # the download looks unfinished, naming it (ZIP65, T59E 6), where they asked "was the download interrupted?"
        words = interrupted_words(p.name)
        if salvaged is not None:
            if words != INTERRUPTED:
                salvaged.issues[:] = [replace(i, message=i.message.replace(INTERRUPTED, words))
                                      if INTERRUPTED in i.message else i for i in salvaged.issues]
            return salvaged
        if rooms:  # nothing read because the zips it holds could not be unpacked: that, not the cut, is the fault
            raise no_room_to_unpack(display, rooms, cut=True) from None
        raise CorruptArchive(
            f"{display}: the zip file is damaged or incomplete (its directory is missing; "
            f"{words}){''.join(f'; {w}' for w in why)}"
        ) from None
    except (OSError, EOFError, ValueError) as exc:
        raise CorruptArchive(f"{display}: the zip file cannot be read ({type(exc).__name__})") from None
    members: list[Member] = []
    issues: list[ParseIssue] = []
    closers: list[Callable[[], None]] = [zf.close]
    mounts: dict[str, str] = {}
    rooms: list[NotUnpacked] = []
    try:
        _collect_zip(zf, display, "", 1, limits, members, issues, closers, mounts, None, rooms=rooms)
    except BaseException:  # every file encrypted (EncryptedArchive): close what was opened
        for closer in reversed(closers):
            closer()
        raise
    return Archive([display], members, issues, closers, mounts, rooms)


_END_SIG = b"PK\x05\x06"


class DirectoryDamaged(zipfile.BadZipFile):
    """A zip whose central directory is there but damaged (:func:`_zip_file`): read from its local headers as a zip
    cut short is (:func:`_salvage_into`), and said as what it is — ``what`` is what is wrong with it, to follow "the
    zip's directory is damaged" (INP61, T57D 5: "was the download interrupted? … the rest of the file is missing"
    where the zip was whole and every one of its 432 records read)."""

    def __init__(self, what: str, listed: dict[int, str] | None = None) -> None:
        super().__init__(f"the zip's directory is damaged: {what}")
        self.what = what
        #: the directory's name of each file, by where that file's data begins in the zip (its local header's name
        #: may be the damaged one: :func:`_salvage_name`)
        self.listed = listed or {}


def _damage_of(exc: BaseException) -> str | None:
    """What is wrong with a zip's directory where ``exc`` says it is damaged (:class:`DirectoryDamaged`), else None
    (its directory missing: cut short, or not a zip)."""
    return exc.what if isinstance(exc, DirectoryDamaged) else None


def _listed_of(exc: BaseException) -> dict[int, str]:
    """The names a damaged zip's directory gives its files, by where each file's data begins
    (:attr:`DirectoryDamaged.listed`; ``{}`` where it has none)."""
    return exc.listed if isinstance(exc, DirectoryDamaged) else {}


def _zip_file(file: Path | IO[bytes]) -> zipfile.ZipFile:
    """``zipfile.ZipFile(file)``, refused (:class:`zipfile.BadZipFile`, so the caller salvages it) where the directory
    zipfile found is not this zip's but that of a whole zip stored inside it: zipfile looks for the end record in the
    last 64 KiB and takes the last it finds, and a zip of part zips (stored, not deflated) cut inside or after a part
    zip ends with that part's own end record — it was read as that part alone, every other file of it lost and the
    cut unsaid (INP54). Such a directory's files begin after the file's first bytes (APPNOTE.TXT 4.3.6: a zip
    starts with its first file's local header) while the end record does not end the file (its comment's length,
    4.3.16, does not reach the file's last byte)."""
    try:
        zf = zipfile.ZipFile(file)
    except (NotImplementedError, struct.error, UnicodeDecodeError) as exc:
        # a flipped byte in a directory entry's "version needed" field ("zip file version 14.8") or its lengths: a
        # damaged directory, salvaged from the local headers (T57B 4: "internal error (NotImplementedError)", exit 1)
        raise DirectoryDamaged(f"zipfile cannot read it ({exc})") from None
    if isinstance(file, Path):  # the zip's identity, for the zips inside it a worker reads (shared_spills)
        with contextlib.suppress(OSError):
            info = os.stat(file)
            zf._dataexam_key = (os.path.realpath(file), info.st_dev, info.st_ino, info.st_size,  # type: ignore[attr-defined]
                                info.st_mtime_ns)
    try:
        infos = zf.infolist()
        first = min((i.header_offset for i in infos), default=0)
        if first and not _first_header_found(zf, first) and _first_header_found(zf, 0) and not any(
                _first_header_found(zf, i.header_offset) for i in infos if i.header_offset != first):
            # the end record's directory offset damaged (a flipped byte): zipfile shifts every file's place by it,
            # and each file was "damaged (a damaged zip entry)" — salvaged from its local headers, which begin at its
            # first byte, instead (INP59)
            zf.close()
            raise DirectoryDamaged("it does not lead to its files (the place of its first file is wrong)")
        if (fault := _directory_fault(zf)) is not None:
            zf.close()
            raise DirectoryDamaged(fault, getattr(zf, "_dataexam_listed", None))
        if not infos or min(i.header_offset for i in infos) == 0:
            return zf
        fh = zf.fp
        assert fh is not None
        fh.seek(0)
        if fh.read(4) != _LOCAL_SIG:
            return zf  # data before the zip (a self-extracting program): zipfile's own reading
        size = fh.seek(0, io.SEEK_END)
        start = max(0, size - 22 - 0xFFFF)
        fh.seek(start)
        tail = fh.read(size - start)
        at = tail.rfind(_END_SIG)
        if at >= 0 and at + 22 + int.from_bytes(tail[at + 20: at + 22], "little") == len(tail):
            return zf
    except BaseException:
        zf.close()
        raise
    zf.close()
    raise zipfile.BadZipFile("the zip's own directory is missing: the one found is a zip's stored inside it")


#: the general-purpose flags (APPNOTE.TXT 4.4.4) a directory entry must share with its local header: encrypted (0),
#: compressed patched data (5: zipfile refuses the file, and a part zip holding the posts was "not an export",
#: unsaid), strong encryption (6); not the data descriptor's (3) nor UTF-8's (11), which writers set unevenly
_FLAGS_COMPARED = 0x0061


#: what is said of a zip inside a zip read though its data fails its CRC-32 (ZIP64)
_PART_READ = ("read as the zip it is, by the zip's directory, where its data is a zip: its own directory and each of "
              "its files' CRC-32s decide, and only a file of it whose bytes are damaged is lost (said on its own)")


def _directory_fault(zf: zipfile.ZipFile) -> str | None:
    """Where ``zf``'s central directory disagrees with the zip's own bytes and its files cannot be read through it, why
    (for :class:`zipfile.BadZipFile`, so the caller salvages the zip from its local headers, :func:`_salvage_into`),
    else None.

    Checked: the end record's count of entries (APPNOTE.TXT 4.3.16) against the entries listed, and each entry
    against the local header it points at (4.3.7): its signature, name, method, flags, and — where the local header has
    them (no data descriptor, bit 3; not zip64's 0xFFFFFFFF) — CRC-32 and sizes. A byte flipped in a directory entry
    (a name's letter, a length field) made the file unknown or swallowed the entries after it, and the file
    (Facebook's 400 posts in a part zip) was skipped with no issue (T57B 1); zipfile itself compares names only when
    a file is opened, which an unknown name never is. Costs one read of 30 bytes and a name per file, in the order
    the files lie (forward seeks only: cheap also on a stream inflated as it is read).

    Where the two disagree, the data decides which is right (INP61): an entry whose data, where its local header puts
    it, inflates to the directory's CRC-32 and size is read by the directory — a byte flipped in the local header's
    method, sizes or CRC-32 lost that file (salvaged by the damaged header: "unsupported compression", or the walk
    lost every file after it), one in its name was read under the wrong name, one in its name's length read nothing;
    the directory's name is used, the local header's said (where the names alone differ, the likelier:
    :func:`_likelier_name`). An entry whose offset leads to no
    local header (or to another file's) is looked for by its name where the other files' data ends, and read from
    there (it was a corrupt-member, its records lost). Only an entry the data does not bear out (the directory's own
    field flipped) makes the zip read from its local headers, as before."""
    fh = zf.fp
    if fh is None:
        return None
    infos = zf.infolist()
    # keyed by the entry itself, not its name: a flipped name may be another entry's (T58C 1: "your_posts_1.json"'s
    # directory name made "your_posts_3.json", and the real your_posts_3.json was read as your_posts_1's data)
    read_from: dict[zipfile.ZipInfo, _LocalEntry] = {}
    # the zips inside it read by where their data is a zip, not by their CRC-32, which it fails (ZIP64): each of their
    # files is checked (_nested_stream's "failed")
    crc_failed: set[zipfile.ZipInfo] = set()
    # (the entry, what is said, the other name or None, the name read under)
    notes: list[tuple[zipfile.ZipInfo, str, str | None, str]] = []
    try:
        fh.seek(0, io.SEEK_END)
        end = zipfile._EndRecData(fh)  # type: ignore[attr-defined]
        if end is not None and end[4] != len(infos) and end[4] != 0xFFFF:
            return f"its end record counts {end[4]} file(s), the directory lists {len(infos)}"
        if any(info.header_offset < 0 for info in infos):  # the end record's directory offset damaged past its size
            return "it does not lead to its files (the place it gives for itself is past the zip's end)"
        # (in the order the files lie: forward seeks only)
        heads = {id(info): _local_at(fh, info.header_offset, zf)
                 for info in sorted(infos, key=lambda i: i.header_offset)}
        # an entry whose offset leads to no local header, or to another file's that its data does not bear out
        lost = [i for i in infos if (h := heads[id(i)]) is None
                or (i.orig_filename not in (h.name, h.other_name) and _directory_start(fh, i, h) is None)]
        if lost:
            found = _headers_by_name(fh, zf, infos, heads)
            for info in lost:
                at = found.get(info.orig_filename)
                if at is None:
                    continue  # (its own header damaged too: zipfile meets it as that file's fault, corrupt-member)
                notes.append((info, "the zip's directory gives a wrong place for this file's own header; "
                              "found by its name where the file before it ends, and read from there: nothing lost",
                              None, info.orig_filename))
                info.header_offset = at
                heads[id(info)] = _local_at(fh, at, zf)
        for info in sorted(infos, key=lambda i: i.header_offset):
            h = heads[id(info)]
            if h is None:
                # its own header's signature damaged (ZIP63, T58C 5: a bit flipped in "PK\3\4" lost the file, a part
                # zip's 400 posts or the whole part, though the directory gives its name, sizes, CRC-32 and method):
                # read where the directory puts its data, the CRC-32 deciding; else zipfile meets it (corrupt-member)
                start = _unsigned_start(fh, info, part_zip := [])
                if start is None and part_zip:  # a zip inside it, a byte of it damaged too (ZIP64)
                    notes.append((info, "this file's own header in the zip is damaged (its signature is not a "
                                  f"header's) and its data does not match its CRC-32; {_PART_READ}", None,
                                  info.orig_filename))
                    crc_failed.add(info)
                    start = part_zip[0]
                elif start is not None:
                    notes.append((info, "this file's own header in the zip is damaged (its signature is not a "
                                  "header's); read by the zip's directory, under its name, whose CRC-32 and size its "
                                  "data matches: nothing lost", None, info.orig_filename))
                if start is not None:
                    read_from[info] = _LocalEntry(info.orig_filename, info.compress_type, start, info.compress_size,
                                                  info.file_size, info.CRC)
                continue
            named = info.orig_filename in (h.name, h.other_name)
            if named and h.name != info.orig_filename and info.compress_type in _SALVAGE_METHODS:
                # its name decoded by the directory's UTF-8 flag, not its own (writers set it unevenly): zipfile,
                # decoding by the local header's, refuses it — read where its data is, unsaid (no damage)
                read_from[info] = _LocalEntry(info.orig_filename, info.compress_type, h.data_start,
                                                       info.compress_size, info.file_size, info.CRC)
            agree = (named and h.method == info.compress_type and not (h.flags ^ info.flag_bits) & _FLAGS_COMPARED
                     and (h.flags & 0x08 or 0xFFFFFFFF in (h.csize, h.usize)
                          or (h.crc, h.csize, h.usize) == (info.CRC, info.compress_size, info.file_size)))
            if agree and (h.extra_len == len(info.extra) or _extra_well_formed(h.extra)
                          or info.compress_type not in _SALVAGE_METHODS or _data_matches(fh, h.data_start, info)):
                continue
            if agree:
                # its extra field's length damaged (ZIP63, T58C 5: its data read from the wrong place, "zlib cannot
                # inflate", the file or a whole part zip lost): its data looked for where a plausible length puts it
                start = _directory_start(fh, info, h, part_zip := [])
                if start is None and part_zip:  # a zip inside it, a byte of it damaged too (ZIP64)
                    start = part_zip[0]
                    crc_failed.add(info)
                    notes.append((info, "this file's own header in the zip is damaged (it gives another length of its "
                                  f"extra field) and its data does not match its CRC-32; {_PART_READ}", None,
                                  info.orig_filename))
                elif start is None:
                    continue  # (read as before: its faults met where they were)
                else:
                    notes.append((info, "this file's own header in the zip is damaged (it gives another length of "
                                  "its extra field); read by the zip's directory, under its name, whose CRC-32 and "
                                  "size its data matches: nothing lost", None, info.orig_filename))
                read_from[info] = _LocalEntry(info.orig_filename, info.compress_type, start, info.compress_size,
                                              info.file_size, info.CRC)
                continue
            start = _directory_start(fh, info, h)
            if start is None:  # the directory's entry is the damaged one: the local headers are read
                # (with the directory's names by where each file's data lies: a name the salvage weighs, T58C 4)
                zf._dataexam_listed = {head.data_start: i.orig_filename  # type: ignore[attr-defined]
                                       for i in infos if (head := heads[id(i)]) is not None}
                if not named:
                    return f"it names a file {info.orig_filename!r} whose own header says {h.name!r}"
                return f"its entry of {info.filename!r} disagrees with that file's own header and data"
            others = (h.method != info.compress_type or (h.flags ^ info.flag_bits) & _FLAGS_COMPARED
                      or (not h.flags & 0x08 and (h.crc, h.csize, h.usize) != (info.CRC, info.compress_size,
                                                                                info.file_size)))
            if not named and start == h.data_start and not others:
                # its two names alone differ, both of a length the data bears out: either may be the damaged one
                # (INP61: read under the directory's, 400 posts were lost to a flip in the directory's name, and a part
                # zip to one in ".zip"); the likelier (:func:`_likelier_name`) is read, the other kept as its alias
                names = [i.orig_filename for i in infos if i is not info]
                chosen = _likelier_name(info.orig_filename, h.name, names)
                other: str | None = h.name if chosen == info.orig_filename else info.orig_filename
                if other in names:
                    other = None  # (another file's name is that file's, never this one's alias: T58C 1)
                whose = "the directory's" if chosen == info.orig_filename else "its own header's"
                notes.append((info, f"the zip's directory names this file {info.orig_filename!r} and its own "
                              f"header {h.name!r}: one of the two is damaged, and its data (whole: it matches the "
                              f"CRC-32 and size both give) cannot tell which; it was read under {whose} name, the "
                              f"likelier, or the other where only that one is a file its parser reads", other, chosen))
                read_from[info] = _LocalEntry(chosen, info.compress_type, start, info.compress_size,
                                                       info.file_size, info.CRC)
                continue
            fields = [] if named else [f"names it {h.name!r}"]
            if h.method != info.compress_type:
                fields.append("gives another compression method")
            if (h.flags ^ info.flag_bits) & _FLAGS_COMPARED:
                fields.append("gives other flags")
            if not h.flags & 0x08 and (h.crc, h.csize, h.usize) != (info.CRC, info.compress_size, info.file_size):
                fields.append("gives another CRC-32 or size")
            said = " and ".join(fields) or "disagrees with the zip's directory"
            # its data is the plain bytes the CRC-32 is of: neither encrypted nor patched, whatever a flag says
            info.flag_bits &= ~_FLAGS_COMPARED
            notes.append((info, f"this file's own header in the zip is damaged (it {said}); read by the "
                          "zip's directory, under its name, whose CRC-32 and size its data matches: nothing lost",
                          None if named else h.name, info.orig_filename))
            if not named or start != h.data_start:
                read_from[info] = _LocalEntry(info.orig_filename, info.compress_type, start,
                                                       info.compress_size, info.file_size, info.CRC)
    except (OSError, EOFError, ValueError, struct.error, zipfile.BadZipFile, zlib.error):
        return None  # (read as before: its faults met where they were)
    zf._dataexam_read_from = read_from  # type: ignore[attr-defined]
    zf._dataexam_crc_failed = crc_failed  # type: ignore[attr-defined]
    zf._dataexam_notes = notes  # type: ignore[attr-defined]
    return None


#: the characters of file names, counted once each where a damaged name is weighed (:func:`_likelier_name`)
_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_-./"


def _likelier_name(directory: str, header: str, others: list[str]) -> str:
    """Of a file's two names in a damaged zip, its directory's and its own header's, equally long and its data matching
    the CRC-32 both give, the one likelier written: a name ending ".zip" where the other does not (a part zip); else
    the header's where only the directory's has a character odd in a file name — none of a-z, 0-9, "_-./" nor any the
    zip's other names use (a flipped bit makes "posts/your_posts_1.json" "posts?your…", "….j{on", "…\x7f…"); else the
    one more like the zip's other names (:func:`_kinship`); else the directory's (APPNOTE.TXT: the directory is the
    zip's own list of its files). Never a name another file of the zip has, whatever else is weighed: that name is
    the other file's (T58C 1: "facebook-a-part1.zip" flipped to "facebook-a-part3.zip" in the directory, and the
    real part 3 was never read; each file is read once, under the name no other file holds)."""
    if (directory in others) != (header in others):  # (never another file's name: "part2.zip" flipped to "part3.zip")
        return header if directory in others else directory
    if directory.lower().endswith(".zip") != header.lower().endswith(".zip"):
        return directory if directory.lower().endswith(".zip") else header
    usual = set(_NAME_CHARS).union(*others)
    odd_directory = any(a != b and a not in usual for a, b in zip(directory, header, strict=False))
    odd_header = any(a != b and b not in usual for a, b in zip(directory, header, strict=False))
    if odd_directory != odd_header:
        return header if odd_directory else directory
    return header if _kinship(header, others) > _kinship(directory, others) else directory


def _kinship(name: str, others: list[str]) -> int:
    """How much of ``name`` another name of its zip shares at its start and end together (at most its length): a
    part zip's "facebook-a-part2.zip" beside "facebook-a-part1.zip" 19, its flipped "facebook-ampart2.zip" 14."""
    def shared(a: str, b: str) -> int:
        return next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))

    return max((min(len(name), shared(name, o) + shared(name[::-1], o[::-1])) for o in others), default=0)


@dataclass(frozen=True, slots=True)
class _LocalHeader:
    """A local file header as it is written (APPNOTE.TXT 4.3.7): its fields, its name decoded as zipfile decodes it
    (UTF-8 where its flag 11 says so, else the zip's metadata encoding or cp437) and where its data begins."""

    flags: int
    method: int
    crc: int
    csize: int
    usize: int
    name: str
    data_start: int
    name_len: int
    extra_len: int
    #: the name as written, and decoded the other way (UTF-8 or cp437): writers set the UTF-8 flag unevenly
    raw: bytes = b""
    other_name: str = ""
    #: the bytes its extra field's length gives (at most 64 KiB), or as many of them as the file holds
    extra: bytes = b""


def _local_at(fh: IO[bytes], offset: int, zf: zipfile.ZipFile) -> _LocalHeader | None:
    """The local header at ``offset`` of ``fh``, or None where none begins there (30 bytes, a name and its extra field
    read)."""
    if offset < 0:
        return None
    fh.seek(offset)
    head = fh.read(_LOCAL_HEADER.size)
    if len(head) != _LOCAL_HEADER.size or head[:4] != _LOCAL_SIG:
        return None
    (_, _, flags, method, _, _, crc, csize, usize, name_len, extra_len) = _LOCAL_HEADER.unpack(head)
    raw = fh.read(name_len)
    name = raw.decode("utf-8" if flags & 0x800 else (zf.metadata_encoding or "cp437"), errors="replace")
    other = raw.decode("cp437" if flags & 0x800 else "utf-8", errors="replace")
    extra = fh.read(extra_len)
    return _LocalHeader(flags, method, crc, csize, usize, name, offset + _LOCAL_HEADER.size + name_len + extra_len,
                        name_len, extra_len, raw, other, extra)


def _extra_well_formed(extra: bytes) -> bool:
    """Whether ``extra`` is a whole run of extra-field blocks (APPNOTE.TXT 4.5.1: a 2-byte id, a 2-byte length and
    that many bytes each), ending exactly at its end: a length flipped in a local header mostly makes it not."""
    at = 0
    while at + 4 <= len(extra):
        at += 4 + int.from_bytes(extra[at + 2: at + 4], "little")
    return at == len(extra)


def _extra_ends(fh: IO[bytes], at: int, limit: int = 0xFFFF) -> list[int]:
    """The lengths (0 first, at most ``limit``) at which a run of well-formed extra-field blocks read from ``at`` of
    ``fh`` could end (APPNOTE.TXT 4.5.1): where a local header's extra field ends, its own length damaged. At most
    ``limit`` + 4 bytes read."""
    fh.seek(at)
    data = fh.read(limit + 4)
    ends, pos = [0], 0
    while pos + 4 <= len(data) and len(ends) < 16:
        pos += 4 + int.from_bytes(data[pos + 2: pos + 4], "little")
        if pos > min(limit, len(data)):
            break
        ends.append(pos)
    return ends


def _unsigned_start(fh: IO[bytes], info: zipfile.ZipInfo, part_zip: list[int] | None = None) -> int | None:
    """Where the data of the directory's entry ``info`` begins, the local header at its offset not signed as one (its
    signature damaged): after 30 bytes, the directory's name's length and the header's own extra length, the
    directory's, none, or one a run of extra-field blocks bears out — whichever holds data that inflates to the
    directory's CRC-32 and size; None where none does, or the method is one the check does not inflate.

    ``part_zip``, where given, gets the start whose data is a zip (:func:`_part_zip_start`) where none matches the
    CRC-32 and ``info`` is a zip inside the zip (a byte of it damaged too: ZIP64)."""
    if info.compress_type not in _SALVAGE_METHODS or info.header_offset < 0:
        return None
    fh.seek(info.header_offset)
    head = fh.read(_LOCAL_HEADER.size)
    if len(head) != _LOCAL_HEADER.size:
        return None
    base = info.header_offset + _LOCAL_HEADER.size
    extra_len = int.from_bytes(head[28:30], "little")
    starts = dict.fromkeys(base + n + e for n in _name_lengths(info, int.from_bytes(head[26:28], "little"))
                           for e in (extra_len, len(info.extra), 0))
    candidates = [*starts, *(base + n + e for n in _name_lengths(info, None) for e in _extra_ends(
        fh, base + n) if base + n + e not in starts)]
    for start in candidates:
        if _data_matches(fh, start, info):
            return start
    if part_zip is not None and (found := _part_zip_start(fh, info, candidates)) is not None:
        part_zip.append(found)
    return None


def _name_lengths(info: zipfile.ZipInfo, header: int | None) -> list[int]:
    """The directory's name's length of ``info`` in bytes (as its flag 11 encodes it), and ``header`` (the local
    header's) where given and other."""
    try:
        name_len = len(info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437"))
    except UnicodeEncodeError:
        name_len = len(info.orig_filename.encode("utf-8"))
    return list(dict.fromkeys([name_len] + ([header] if header is not None else [])))


def _directory_start(fh: IO[bytes], info: zipfile.ZipInfo, head: _LocalHeader,
                     part_zip: list[int] | None = None) -> int | None:
    """Where the data of the directory's entry ``info`` begins, its local header ``head`` damaged: where the header
    puts it, or — its name's length flipped — where a name of the directory's length puts it, whichever holds data
    that inflates (by the directory's method) to the directory's CRC-32 and size; None where neither does (the
    directory's entry is then the damaged one), or the method is one the check does not inflate. Reads the file's
    data once (no more than its compressed size; inflated 1 MiB at a time, never past its size). ``part_zip``: as
    :func:`_unsigned_start`'s."""
    if info.compress_type not in _SALVAGE_METHODS:
        return None
    try:
        name_len = len(info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437"))
    except UnicodeEncodeError:
        name_len = len(info.orig_filename.encode("utf-8"))
    base = info.header_offset + _LOCAL_HEADER.size
    starts = dict.fromkeys((head.data_start, base + name_len + head.extra_len, base + head.name_len + len(info.extra),
                            base + name_len + len(info.extra)))
    for start in starts:
        if _data_matches(fh, start, info):
            return start
    candidates = list(starts)
    if head.extra_len != len(info.extra) and not _extra_well_formed(head.extra):
        # its extra field's length damaged (ZIP63): where a run of well-formed extra blocks ends after its name
        for n in dict.fromkeys((name_len, head.name_len)):
            for start in (base + n + e for e in _extra_ends(fh, base + n)):
                if start not in starts:
                    if _data_matches(fh, start, info):
                        return start
                    candidates.append(start)
    if part_zip is not None and (found := _part_zip_start(fh, info, candidates)) is not None:
        part_zip.append(found)
    return None


def _part_zip_start(fh: IO[bytes], info: zipfile.ZipInfo, starts: Iterable[int]) -> int | None:
    """Of ``starts``, the first where the data of ``info`` — a zip inside the zip (its name ends ".zip"), whose data
    matches its CRC-32 at none of them — is a zip (:func:`_zip_at`): its own header and a byte of its data both
    damaged (ZIP64, T59A 5: a part zip's 400 posts and its photos were lost whole for one flipped photo byte). Its
    own directory and each of its files' CRC-32s then decide, file by file. None where it is no zip inside a zip."""
    if not info.filename.lower().endswith(".zip") or info.compress_type not in _SALVAGE_METHODS:
        return None
    for start in starts:
        if _zip_at(fh, start, info):
            return start
    return None


def _zip_at(fh: IO[bytes], start: int, info: zipfile.ZipInfo) -> bool:
    """Whether the ``info.compress_size`` bytes at ``start`` of ``fh`` are (stored) or inflate to (deflated) a zip's:
    stored, a local header's signature at their start (APPNOTE.TXT 4.3.7), or an end record (4.3.16) ending exactly
    at their end whose directory ends where it begins (at a wrong start neither holds); deflated, the first 64 KiB
    inflate to a local header's signature. Reads at most 64 KiB + 22 bytes."""
    size = info.compress_size
    if start < 0 or size < 22:
        return False
    fh.seek(start)
    if info.compress_type == zipfile.ZIP_DEFLATED:
        try:
            return bool(zlib.decompressobj(-15).decompress(fh.read(min(size, 1 << 16)), 64)[:4] == _LOCAL_SIG)
        except zlib.error:
            return False
    if fh.read(4) == _LOCAL_SIG:
        return True
    tail_len = min(size, 22 + 0xFFFF)
    fh.seek(start + size - tail_len)
    tail = fh.read(tail_len)
    if len(tail) != tail_len:
        return False
    at = tail.rfind(_END_SIG)
    while at >= 0:
        if at + 22 <= tail_len and at + 22 + int.from_bytes(tail[at + 20: at + 22], "little") == tail_len:
            cd_size, cd_offset = struct.unpack_from("<II", tail, at + 12)
            if cd_offset == 0xFFFFFFFF:
                return tail[max(at - 20, 0): max(at - 16, 0)] == b"PK\x06\x07"  # (zip64: its locator before it)
            return bool(cd_offset + cd_size == size - tail_len + at)
        at = tail.rfind(_END_SIG, 0, at)
    return False


def _data_matches(fh: IO[bytes], start: int, info: zipfile.ZipInfo) -> bool:
    """Whether the ``info.compress_size`` bytes at ``start`` of ``fh`` inflate (stored or deflated, ``info``'s method)
    to ``info.file_size`` bytes of CRC-32 ``info.CRC``."""
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    fh.seek(start)
    left, produced, crc = info.compress_size, 0, 0
    try:
        while left > 0:
            raw = fh.read(min(left, 1 << 20))
            if not raw:
                return False
            left -= len(raw)
            while raw:
                out = inflater.decompress(raw, 1 << 20) if inflater is not None else raw
                raw = inflater.unconsumed_tail if inflater is not None else b""
                produced += len(out)
                if produced > info.file_size:
                    return False
                crc = zlib.crc32(out, crc)
    except zlib.error:
        return False
    return produced == info.file_size and crc == info.CRC and (inflater is None or inflater.eof)


def _headers_by_name(fh: IO[bytes], zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo],
                     heads: dict[int, _LocalHeader | None]) -> dict[str, int]:
    """The local headers found where the data of the files whose headers were found ends (right after it, or after
    its data descriptor of 12, 16, 20 or 24 bytes, APPNOTE.TXT 4.3.9) and at the zip's start, by their name: where a
    file whose directory entry gives a wrong offset has its header. One read of 30 bytes and a name per place."""
    taken = {i.header_offset for i in infos if heads[id(i)] is not None}
    places = {0}
    for info in infos:
        h = heads[id(info)]
        if h is not None and info.orig_filename in (h.name, h.other_name):
            end = h.data_start + info.compress_size
            places.update(end + d for d in (0, 12, 16, 20, 24))
    found: dict[str, int] = {}
    for at in sorted(places - taken):
        h = _local_at(fh, at, zf)
        if h is not None:
            found.setdefault(h.name, at)
            found.setdefault(h.other_name, at)
    return found


def _first_header_found(zf: zipfile.ZipFile, offset: int) -> bool:
    """Whether a local file header (APPNOTE.TXT 4.3.7) begins at ``offset``, where ``zf``'s directory puts its first
    file: 4 bytes read."""
    fh = zf.fp
    if fh is None:
        return True
    try:
        fh.seek(offset)
        return bool(fh.read(4) == _LOCAL_SIG)
    except (OSError, ValueError, EOFError, zipfile.BadZipFile, zlib.error):
        return True  # (read as before: its faults met where they were)


def _signature_one_off(zf: zipfile.ZipFile, offset: int) -> bool:
    """Whether the 4 bytes at ``offset`` of ``zf``'s file are a local header's signature with one byte damaged."""
    fh = zf.fp
    if fh is None:
        return False
    try:
        fh.seek(offset)
        head = fh.read(4)
    except (OSError, ValueError, EOFError, zipfile.BadZipFile, zlib.error):
        return False
    return len(head) == 4 and sum(a != b for a, b in zip(head, _LOCAL_SIG, strict=True)) == 1


#: how far into a file named ".zip" whose first header is damaged past reading a whole header is looked for
#: (:func:`_checked_header_after`): the first file's data lies before it
FIRST_FILE_SCAN = 64 << 20


def _checked_header_after(fh: IO[bytes], start: int, size: int) -> int | None:
    """Where the first local header from ``start`` on is whose data matches its CRC-32 (:func:`_checked_header`),
    looked for in the first :data:`FIRST_FILE_SCAN` bytes, 1 MiB at a time; None where none is."""
    at, block, end = start, 1 << 20, min(size, FIRST_FILE_SCAN)
    while at < end:
        fh.seek(at)
        chunk = fh.read(min(block, end - at) + 3)
        pos = chunk.find(_LOCAL_SIG)
        while 0 <= pos < min(block, end - at):
            if _checked_header(fh, at + pos, size) is not None:
                return at + pos
            pos = chunk.find(_LOCAL_SIG, pos + 1)
        at += block
    return None


# -- members that cannot be read at all: encrypted, or compressed with a method Python's zipfile lacks --------
# People zip an export again with a password before storing or handing it over (7-Zip, ``zip -e``, a donation
# portal's instructions). zipfile raised RuntimeError ("encrypted, password required") for a ZipCrypto member
# and NotImplementedError for a WinZip AES one (method 99) or a Deflate64 one (method 9: Windows' own "send to
# compressed folder" for large files), which the parsers reported as "unexpected RuntimeError … please report
# it", exit 0, nothing read, and a batch participant ``ok`` with 0 records (the twenty-fourth pass's first tester,
# E1). Such members are now never listed: one issue names each, or the zip when none of its files can be read.
_ENCRYPTED = "encrypted"
_UNLOCK = "unpack it yourself (your unzip tool asks for the password) and give the folder"
#: why a file flagged as compressed patched data (general-purpose bit 5) is not read
_PATCHED = "compressed patched data"
_METHOD_NAMES = {9: "Deflate64", 12: "BZIP2", 14: "LZMA", 93: "Zstandard", 95: "XZ", 96: "JPEG", 97: "WavPack",
                 98: "PPMd"}


def _readable_methods() -> frozenset[int]:
    """The compression methods this Python's zipfile reads (bzip2 and LZMA need optional modules)."""
    methods = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
    for module, method in (("bz2", zipfile.ZIP_BZIP2), ("lzma", zipfile.ZIP_LZMA)):
        try:
            __import__(module)
        except ImportError:  # pragma: no cover - a Python built without them
            continue
        methods.add(method)
    zstd = getattr(zipfile, "ZIP_ZSTANDARD", None)  # Python 3.14
    if zstd is not None:
        methods.add(zstd)
    return frozenset(methods)


_READABLE_METHODS = _readable_methods()


def _blocked_why(info: zipfile.ZipInfo) -> str | None:
    """Why a member cannot be read at all (:data:`_ENCRYPTED`, or the compression method's name), or None.
    Bit 0 of the flags is set for ZipCrypto and for WinZip AES (which also writes method 99), bit 6 for PKWARE's strong
    encryption; bit 5 marks compressed patched data (APPNOTE.TXT 4.4.4), which zipfile refuses too (INP61: such a file,
    listed, made zipfile raise NotImplementedError when a parser sniffed it, and the part zip holding it was "not an
    export", its files unsaid)."""
    if info.flag_bits & 0x41 or info.compress_type == 99:
        return _ENCRYPTED
    if info.flag_bits & 0x20:
        return _PATCHED
    if info.compress_type not in _READABLE_METHODS:
        return _METHOD_NAMES.get(info.compress_type, f"zip method {info.compress_type}")
    return None


def _note_blocked(display: str, whole: str | None, files: int, blocked: list[tuple[str, str]],
                  issues: list[ParseIssue]) -> None:
    """Issues for the members of one zip that cannot be read (``(member path, why)``, of ``files`` files).

    When none of its files can be read, the zip is named instead: raised as :class:`EncryptedArchive`
    (or :class:`CorruptArchive`) when it is the input itself (``whole`` None), else one ``encrypted-zip``
    issue at ``whole``, its path inside the input. Otherwise one ``encrypted-member`` (or
    ``unsupported-compression``) issue per member; the zip's other files are read."""
    if not blocked:
        return
    locked = sum(1 for _name, why in blocked if why == _ENCRYPTED)
    if len(blocked) >= files:
        if locked == len(blocked):
            what = (f"the zip is password-protected (encrypted): none of its {files} file(s) can be read without "
                    f"the password; {_UNLOCK}")
        else:
            methods = sorted({why for _name, why in blocked if why != _ENCRYPTED})
            what = (f"none of the zip's {files} file(s) can be read: {locked} are encrypted (password-protected), "
                    f"{len(blocked) - locked} compressed with a method dataexam cannot read ({', '.join(methods)}); "
                    "unpack it yourself (7-Zip, your system's own unzip) and give the folder")
        if whole is None:
            raise (EncryptedArchive if locked == len(blocked) else CorruptArchive)(f"{display}: {what}")
        issues.append(ParseIssue(archive=display, member=whole,
                                 code="encrypted-zip" if locked else "unsupported-compression", message=what))
        return
    for name, why in blocked:
        if why == _ENCRYPTED:
            issues.append(ParseIssue(archive=display, member=name, code="encrypted-member",
                                     message="file is encrypted (password-protected) and was not read; unpack the "
                                             "zip yourself (your unzip tool asks for the password) and give the "
                                             "folder"))
        else:
            issues.append(ParseIssue(archive=display, member=name, code="unsupported-compression",
                                     message=f"file is compressed with a method dataexam cannot read ({why}) and was "
                                             "not read; unpack the zip yourself (7-Zip, your system's own unzip) "
                                             "and give the folder"))


def _collect_zip(zf: zipfile.ZipFile, display: str, prefix: str, depth: int, limits: ArchiveLimits,
                 members: list[Member], issues: list[ParseIssue],
                 closers: list[Callable[[], None]], mounts: dict[str, str], whole: str | None, *,
                 rooms: list[NotUnpacked] | None = None, damaged: frozenset[str] = frozenset()) -> None:
    """Add the members of ``zf`` (read in place under ``prefix``) and of the zips inside it.

    ``whole`` is the zip's own path inside the input, or None when it is the input itself: a zip none
    of whose files can be read (every one encrypted) then raises (:func:`_note_blocked`). ``rooms`` gets each zip
    inside not unpacked for want of room in the temporary folder. ``damaged``: the names of its files whose CRC-32
    fails (:func:`_damaged_files`: checked only where the zip's own CRC-32 failed as it was inflated)."""
    folders: set[str] | None = None
    files = 0
    blocked: list[tuple[str, str]] = []
    # the files whose own header is damaged, read by the directory (_directory_fault, INP61): said, and the name their
    # header gives kept (a parser knowing that name and not the directory's reads the file by it: Member.alias)
    # (keyed by the entry, not its name: a flipped name may be another entry's, T58C 1)
    aliases: dict[zipfile.ZipInfo, str] = {}
    chosen: dict[zipfile.ZipInfo, str] = {}  # a file read under its own header's name, not the directory's
    for entry, message, other, read_as in getattr(zf, "_dataexam_notes", ()):
        path = normalise_member_name(read_as)[0]
        issues.append(ParseIssue(archive=display, member=prefix + path, code="damaged-header", message=message))
        if other is not None:
            aliases[entry] = prefix + normalise_member_name(other)[0]
        if read_as != entry.filename:
            chosen[entry] = read_as

    def folder_exists(stem: str) -> bool:
        nonlocal folders
        if folders is None:
            folders = {normalise_member_name(n)[0].rsplit("/", 1)[0] for n in zf.namelist() if "/" in n.strip("/")}
        return any(f == stem or f.startswith(stem + "/") for f in folders)

    for info in zf.infolist():
        if info.is_dir():
            continue
        path, changed = normalise_member_name(chosen.get(info, info.filename))
        if not path or is_junk(path):
            continue
        full = prefix + path
        files += 1
        if changed:
            issues.append(ParseIssue(archive=display, member=full, code="unsafe-name",
                                     message="member name had absolute, '..' or backslash parts; "
                                             "read under a cleaned name"))
        why = _blocked_why(info)
        if why is not None:
            blocked.append((full, why))
            continue
        problem = _limit_problem(info, limits)
        if problem:
            issues.append(ParseIssue(archive=display, member=full, code="limit", message=problem,
                                    nothing_read=True))
            continue
        if path.lower().endswith(".zip") or _part_zip_renamed(zf, info, path):
            if depth >= limits.max_nesting:
                issues.append(ParseIssue(
                    archive=display, member=full, code="limit", nothing_read=True,
                    message=nested_too_deep(limits.max_nesting)))
                continue
            opener, size, failed = _zip_opener(zf, info), info.file_size, False
            try:
                opener, size, failed = _nested_stream(zf, info, limits, closers)
                inner = _zip_file(opener())
                if (parent := _spill_key(zf, info)) is not None:  # (deeper zips keyed through it)
                    inner._dataexam_key = parent  # type: ignore[attr-defined]
            except zipfile.BadZipFile as exc:
                # a zip cut short and zipped again (an interrupted download put in a bundle), or one whose bytes
                # were damaged where its directory lies: salvaged as when given alone (the twenty-fourth pass's
                # first tester, Z1) from its bytes as they are (INP59: not zipfile's stream, which refuses them all
                # at the damaged part zip's own CRC-32)
                point = _mount_point(full, folder_exists, prefix, mounts)
                inner_rooms: list[NotUnpacked] = []
                if not _salvage_into(opener, size, display, point, full, limits,
                                     members, issues, depth=depth + 1, closers=closers, mounts=mounts,
                                     rooms=inner_rooms, damage=_damage_of(exc), listed=_listed_of(exc)):
                    mounts.pop(point[:-1], None)
                    issues.append(_not_salvaged(display, full, "nested zip", inner_rooms))
                if rooms is not None:
                    rooms.extend(inner_rooms)
                continue
            except (OSError, EOFError, ValueError, RuntimeError, NotImplementedError):
                issues.append(ParseIssue(archive=display, member=full, code="corrupt-zip",
                                         message="nested zip is damaged and was skipped"))
                continue
            closers.append(inner.close)
            inner_prefix = _mount_point(full, folder_exists, prefix, mounts)
            inner_damaged: frozenset[str] = frozenset()
            if failed:
                key = _spill_key(zf, info)
                inner_damaged = _damaged_once(inner, key, limits)
                for spill in (c for c in closers if isinstance(c, Spill) and key is not None and c.key == key):
                    spill.damaged = inner_damaged  # (for the worker processes: shared_spills)
            _collect_zip(inner, display, inner_prefix, depth + 1, limits, members, issues, closers, mounts, full,
                         rooms=rooms, damaged=inner_damaged)
            continue
        members.append(Member(full, info.file_size, display, _member_opener(zf, info), (info.CRC, info.compress_size),
                              damaged=info.filename in damaged, alias=aliases.get(info)))
    _note_blocked(display, whole, files, blocked, issues)


def _part_zip_renamed(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: str) -> bool:
    """Whether the file ``info`` of ``zf`` (at ``path``), not named ".zip", is a part zip of a split download renamed
    (ZIP64, T59A 6: "facebook-a-part2.bin" in a zip of parts was not opened, its records lost and "part 2 … not among
    the inputs" said): named as a part is (:func:`~dataexam.download_names.part_of`, whatever a browser added:
    ``….zip.crdownload``, ZIP65) and its first bytes a local header's signature (one of the four may be damaged).
    Reads at most 4 bytes of it, and only of a file so named."""
    if part_of(path.rsplit("/", 1)[-1]) is None or info.file_size < 22 or _blocked_why(info) is not None:
        return False
    try:
        with zf.open(info) as member:
            head = member.read(4)  # (one byte of it damaged: read as a zip whose first signature is, ZIP63)
            return len(head) == 4 and sum(a != b for a, b in zip(head, _LOCAL_SIG, strict=True)) <= 1
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError, NotImplementedError):
        return False


class Spill:
    """The closer of a zip inside a zip inflated once into a private temporary file (:func:`_nested_stream`,
    :func:`_nested_bytes`), saying where (``folder``, the temporary folder) and how many bytes (``size``) it
    took while it was read; ``key`` (:func:`_spill_key`) and ``fd`` let worker processes read it too
    (:func:`shared_spills`). Closed while :func:`spills_kept` is on, the file stays open for the input's next
    opening to read (``--keep-going``'s check, then the run: INP59)."""

    __slots__ = ("_file", "damaged", "failed", "fd", "folder", "key", "size")

    def __init__(self, file: IO[bytes], folder: str, size: int, key: tuple[Any, ...] | None = None,
                 failed: bool = False) -> None:
        self._file, self.folder, self.size, self.key, self.fd = file, folder, size, key, file.fileno()
        #: the zip's own CRC-32 did not match its bytes as inflated (:func:`_damaged_files`)
        self.failed = failed
        #: where it failed: the names of its files found damaged (:func:`_damaged_files`), given to worker processes
        #: with the copy (:func:`shared_spills`), None until they are known
        self.damaged: frozenset[str] | None = None

    def __call__(self) -> None:
        if _KEPT is not None and self.key is not None and self.key not in _KEPT and not self._file.closed:
            _KEPT[self.key] = (self._file, self.folder, self.size, self.failed)
            return
        self._file.close()


#: while :func:`spills_kept` is on: the zips inside zips inflated and then closed, by :func:`_spill_key`, with their
#: temporary file (still open), folder and size — read again by the input's next opening instead of inflated again
_KEPT: dict[tuple[Any, ...], tuple[IO[bytes], str, int, bool]] | None = None
#: the kept copies not yet read again, for :func:`release_kept_spills`
_KEPT_SPARE: dict[tuple[Any, ...], tuple[IO[bytes], str, int, bool]] = {}


@contextlib.contextmanager
def spills_kept() -> Iterator[None]:
    """Open and close inputs inside it (``--keep-going``'s check whether each is an export): each zip inside a zip
    they inflated (:class:`Spill`) is kept, its private temporary file open, and the next opening of the same input
    reads that copy (:func:`_nested_stream`) instead of inflating it again (INP59: a zip of two deflated part zips
    wrote 19,646 bytes to the temporary folder with --keep-going, 9,823 without). Where the block raises (the input
    skipped), the copies it kept are closed: no later opening reads them."""
    global _KEPT
    _KEPT = {}
    try:
        yield
    except BaseException:
        kept, _KEPT = _KEPT, None
        for key, (file, *_rest) in kept.items():
            file.close()
            _DAMAGED_KEPT.pop(key, None)
        raise
    kept, _KEPT = _KEPT, None
    _KEPT_SPARE.update(kept)


def release_kept_spills() -> None:
    """Close the copies :func:`spills_kept` kept that no opening read again (the run stopped before it opened its
    inputs): their temporary files go."""
    while _KEPT_SPARE:
        _key, (file, *_rest) = _KEPT_SPARE.popitem()
        file.close()
    _DAMAGED_KEPT.clear()


#: in a worker process (``--jobs``): the main process's inflated zips inside zips, by :func:`_spill_key`, as file
#: descriptors the worker was started with (:func:`use_shared_spills`)
_SHARED_SPILLS: dict[tuple[Any, ...], int] = {}


def _spill_key(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[Any, ...] | None:
    """Which zip inside a zip ``info`` is, the same in every process reading the run's inputs: the outermost zip's
    path and stamp (device, inode, size, modification time) and each member's name, place, CRC-32 and sizes down to
    it; ``None`` where the zip holding it has no such identity (one salvaged from a cut zip)."""
    parent = getattr(zf, "_dataexam_key", None)
    if parent is None:
        return None
    return (*parent, (info.filename, info.header_offset, info.CRC, info.compress_size, info.file_size))


def shared_spills(archives: Iterable[Archive]) -> dict[tuple[Any, ...], int]:
    """The zips inside zips the ``archives`` inflated (:class:`Spill`), by key, as file descriptors: given to worker
    processes (``--jobs``, ``pass_fds``) with :func:`use_shared_spills`, they read these copies rather than inflate
    each part zip once more in every process (INP57: a zip of part zips was inflated once per process, and only the
    main process's copies were said)."""
    spills = [s for a in archives for s in a.spills if s.key is not None]
    # (a copy whose own CRC-32 failed is also listed under ("failed", key), and the names of its files found damaged
    # under ("damaged", key) and ("damaged", key, name): a worker takes that answer rather than read each of its files
    # through once more — INP61: every worker process re-ran the check, each within the run's limits)
    found = {("damaged", *s.key, name): s.fd for s in spills if s.damaged is not None for name in s.damaged}
    known = {("damaged", *s.key): s.fd for s in spills if s.damaged is not None}
    return {s.key: s.fd for s in spills} | {("failed", *s.key): s.fd for s in spills if s.failed} | known | found


def use_shared_spills(shared: dict[tuple[Any, ...], int]) -> None:
    """In a worker process: read the zips inside zips ``shared`` names (:func:`shared_spills`; their descriptors
    inherited) from the main process's copies."""
    _SHARED_SPILLS.clear()
    _SHARED_SPILLS.update(shared)


def _shared_copy(key: tuple[Any, ...] | None,
                 closers: list[Callable[[], None]]) -> tuple[Callable[[], IO[bytes]], int, bool] | None:
    """An opener of streams of the main process's inflated copy of the zip ``key`` names (a worker's,
    :func:`use_shared_spills`), its size and whether its own CRC-32 failed, or ``None`` (none shared: inflated here
    as before)."""
    fd = _SHARED_SPILLS.get(key) if key is not None else None
    if fd is None:
        return None
    try:
        size = os.fstat(fd).st_size
        own = os.dup(fd)  # (closed with this process's archive; the inherited one stays for its other readers)
    except OSError:
        return None
    closers.append(functools.partial(os.close, own))

    def copy() -> IO[bytes]:
        return io.BufferedReader(_Window(_PositionalFile(own), 0, size), 64 * 1024)  # type: ignore[return-value]

    return copy, size, ("failed", *key) in _SHARED_SPILLS


def _spill_folder() -> str:
    """The folder the zips inside zips are inflated into: the run's disk temporary folder
    (:func:`dataexam.tempdirs.default_parent`), else Python's."""
    import tempfile

    from .tempdirs import default_parent

    return default_parent() or tempfile.gettempdir()


def _data_start(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> int | None:
    """Where the data of the member ``info`` begins in the file ``zf`` reads (after its local header, APPNOTE.TXT
    4.3.7), or None where that header cannot be read (the member is then read through zipfile's own stream)."""
    fp = zf.fp
    if fp is None:
        return None
    if (found := getattr(zf, "_dataexam_read_from", {}).get(info)) is not None:
        return int(found.data_offset)  # (its own header damaged: where its data was found, _directory_fault)
    try:
        fp.seek(info.header_offset)
        head = fp.read(_LOCAL_HEADER.size)
    except (OSError, ValueError, EOFError, zipfile.BadZipFile, zlib.error):
        return None
    if len(head) != _LOCAL_HEADER.size or head[:4] != _LOCAL_SIG:
        return None
    name_len, extra_len = struct.unpack_from("<HH", head, 26)
    return info.header_offset + _LOCAL_HEADER.size + name_len + extra_len


def _nested_stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ArchiveLimits,
                   closers: list[Callable[[], None]]) -> tuple[Callable[[], IO[bytes]], int, bool]:
    """An opener of seekable streams of a zip's member that is itself a zip (``info``: a part zip in Facebook's zip
    of part zips, Amazon's zip of category zips), to be read through its own directory, their length in bytes, and
    whether its own CRC-32, computed as it was inflated, failed (then each of its files is checked,
    :func:`_damaged_files`; a stored one, read in place, is not: that would read every byte of it, photos and
    videos included, which nothing else reads).

    Stored: a window on its bytes where they lie in ``zf``'s file. Deflated: inflated once into a private temporary
    file with no name (0600, on the run's disk temporary folder, :func:`dataexam.tempdirs.default_parent`; closed by
    ``closers``) and read from there — zipfile's own stream of a deflated member inflates it again from its start on
    every backward seek, and reading a zip seeks back for each of its files (INP55: a part zip of N files inflated
    about N times). Memory stays bounded whatever its size.

    Its bytes are taken as they are: its own CRC-32 is not what decides (INP59: a byte flipped in a part zip made
    zipfile's stream refuse it at its end — its directory — so none of its files was read, "nested zip is
    damaged" or, deeper, "nothing in it could be read"); each file in it is checked against its own CRC-32 when it
    is read, and only a damaged one is said. A deflate stream broken midway keeps what it inflated to: a cut zip,
    salvaged. Where the temporary folder has no room (the disk or quota full), or the member is over the size
    limit or its header unreadable, zipfile's own stream as before (its faults are met where they were)."""
    start = _data_start(zf, info)
    fp = zf.fp
    if start is not None and fp is not None and info.compress_type == zipfile.ZIP_STORED:
        length = info.compress_size

        def window() -> IO[bytes]:
            return io.BufferedReader(_BorrowedWindow(fp, start, length), 64 * 1024)  # type: ignore[return-value]

        # (read though its CRC-32 fails, its own header damaged too, ZIP64: each of its files checked)
        return window, length, info in getattr(zf, "_dataexam_crc_failed", ())
    if (start is None or fp is None or info.compress_type != zipfile.ZIP_DEFLATED
            or info.file_size > limits.max_member_bytes):
        return _zip_opener(zf, info), info.file_size, False
    key = _spill_key(zf, info)
    if (shared := _shared_copy(key, closers)) is not None:  # a worker: the main process's copy
        return shared
    import tempfile

    if key is not None and _KEPT_SPARE.get(key) is not None:  # --keep-going's check inflated it: that copy
        spill, folder, written, failed = _KEPT_SPARE.pop(key)
    else:
        try:
            folder = _spill_folder()
            spill = tempfile.TemporaryFile(dir=folder)
        except OSError:
            return _zip_opener(zf, info), info.file_size, False
        try:
            written, crc, whole = _inflate_into(spill, fp, start, info.compress_size, limits.max_member_bytes)
            spill.flush()
        except (OSError, _TooBig):
            spill.close()  # no room: read as before, its faults met where they were
            return _zip_opener(zf, info), info.file_size, False
        except BaseException:
            spill.close()
            raise
        failed = whole and crc != info.CRC
    closers.append(Spill(spill, folder, written, key, failed))
    fd = spill.fileno()

    def spilled() -> IO[bytes]:
        return io.BufferedReader(_Window(_PositionalFile(fd), 0, written), 64 * 1024)  # type: ignore[return-value]

    return spilled, written, failed


#: while :func:`spills_kept` is on, and after it until the input's next opening reads them: :func:`_damaged_files`'s
#: answer for each damaged zip inside a zip, by :func:`_spill_key` (INP60, T57B 2: --keep-going's check read every
#: file of a damaged part zip through, then the run again — 17.2 s where once took 8.4 s)
_DAMAGED_KEPT: dict[tuple[Any, ...], frozenset[str]] = {}


def _damaged_once(zf: zipfile.ZipFile, key: tuple[Any, ...] | None, limits: ArchiveLimits) -> frozenset[str]:
    """:func:`_damaged_files` of the damaged zip inside a zip ``key`` names, computed once per input: kept from
    ``--keep-going``'s check (:func:`spills_kept`) for the run's own opening, which takes it."""
    if key is not None and key in _DAMAGED_KEPT:
        return _DAMAGED_KEPT.pop(key) if _KEPT is None else _DAMAGED_KEPT[key]
    if key is not None and ("damaged", *key) in _SHARED_SPILLS:  # a worker: the main process's answer
        return frozenset(k[-1] for k in _SHARED_SPILLS
                         if len(k) == len(key) + 2 and k[0] == "damaged" and tuple(k[1:-1]) == tuple(key))
    found = _damaged_files(zf, limits)
    if key is not None and _KEPT is not None:
        _DAMAGED_KEPT[key] = found
    return found


def _damaged_files(zf: zipfile.ZipFile, limits: ArchiveLimits = DEFAULT_LIMITS) -> frozenset[str]:
    """The names of ``zf``'s files (not zips) whose bytes fail their CRC-32 (or cannot be inflated), each read through
    once: done only for a zip inside a zip whose own CRC-32 failed as it was inflated (:func:`_nested_stream`), so a
    damaged photo or video, which no parser reads, is said (``damaged-media``) — a cost paid only where damage is
    known to be; a file a parser reads is checked as it is read, as always. A file :func:`_limit_problem` refuses
    (a zip bomb's 3 GB run of zeros) is not read (INP60: it was inflated whole, 8.4 s where the zip whole took
    0.5 s)."""
    bad = set()
    for info in zf.infolist():
        if (info.is_dir() or info.filename.lower().endswith(".zip") or _blocked_why(info) is not None
                or _limit_problem(info, limits) is not None):
            continue  # (one over --max-member-size or --max-ratio is refused, and said, as anywhere: T57B 2)
        try:
            with _member_opener(zf, info)() as member:
                while member.read(1 << 20):
                    pass
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError, NotImplementedError):
            bad.add(info.filename)
    return frozenset(bad)


def _inflate_into(out: IO[bytes], fp: IO[bytes], start: int, length: int, limit: int) -> tuple[int, int, bool]:
    """Inflate the raw deflate stream of ``length`` bytes at ``start`` of ``fp`` into ``out``, 1 MiB at a time:
    the bytes written, their CRC-32, and whether the stream was whole. A stream broken midway (damaged, or cut short)
    stops there: what came before is kept. Raises :class:`_TooBig` past ``limit`` bytes, OSError where ``out``
    cannot be written."""
    inflater = zlib.decompressobj(-15)
    raw = _BorrowedWindow(fp, start, length)
    written = crc = 0
    while not inflater.eof:
        data = raw.read(1 << 20)
        if not data:
            break
        try:
            while data and not inflater.eof:
                chunk = inflater.decompress(data, 1 << 20)
                data = inflater.unconsumed_tail
                written += len(chunk)
                if written > limit:
                    raise _TooBig
                out.write(chunk)
                crc = zlib.crc32(chunk, crc)
        except zlib.error:
            break
    return written, crc, inflater.eof


# -- salvaging a zip whose central directory is missing (truncated download) ------------------------
_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_SIG = b"PK\x03\x04"
#: a central directory entry's and its end record's signatures: where a zip's files end
_DIRECTORY_SIGS = (b"PK\x01\x02", b"PK\x05\x06", b"PK\x06\x06")
#: why the salvage stopped where a cut zip's directory begins: every file before it was read whole
DIRECTORY_CUT = "every file's data is whole: only the zip's directory at its end is cut or damaged"
#: why the salvage stopped where a cut zip ends 0-2 bytes after a file's data: every file before was read whole, and
#: what began there (the directory, or another file's header) is lost
ENDS_AFTER_DATA = ("every file before the cut was read whole: the zip ends just after the last one's data, where its "
                   "directory or another file's header began")
#: why the salvage stopped where a zip's directory begins, an end record giving that place, its first bytes damaged
DIRECTORY_DAMAGED = "every file's data is whole: only the zip's directory after them is damaged"
_DESCRIPTOR_SIG = b"PK\x07\x08"
_SALVAGE_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


@dataclass(frozen=True, slots=True)
class _LocalEntry:
    name: str
    method: int
    data_offset: int
    compress_size: int
    file_size: int
    crc: int
    #: why its data cannot be read (:data:`_ENCRYPTED`, a method's name), or None
    blocked: str | None = None
    #: the zip ends inside its data: ``compress_size`` is the bytes present, not the member's; its reader hands
    #: over what they inflate to, then raises :class:`MemberCutOff` (T28B M1)
    cut: bool = False
    #: where its own local header begins (-1: not known), for :func:`_mend_last`
    header: int = -1


def _salvage_zip(p: Path, display: str, limits: ArchiveLimits, why: list[str] | None = None,
                 rooms: list[NotUnpacked] | None = None, damage: str | None = None,
                 listed: dict[int, str] | None = None) -> Archive | None:
    """Read a zip given as an input without its central directory (:func:`_salvage_into`).
    Returns ``None`` when no member has any data to read (the caller reports a damaged zip, with ``why``, or, where
    ``rooms`` got the zips inside it not unpacked for want of room in the temporary folder, that)."""
    members: list[Member] = []
    issues: list[ParseIssue] = []
    closers: list[Callable[[], None]] = []
    mounts: dict[str, str] = {}
    try:
        size = p.stat().st_size
    except OSError:
        return None
    found_rooms: list[NotUnpacked] = []
    if not _salvage_into(lambda: p.open("rb"), size, display, "", None, limits, members, issues, why,
                         depth=1, closers=closers, mounts=mounts, rooms=found_rooms, damage=damage, listed=listed):
        for closer in reversed(closers):
            closer()
        if rooms is not None:
            rooms.extend(found_rooms)
        return None
    return Archive([display], members, issues, closers, mounts, found_rooms)


def _salvage_into(open_stream: Callable[[], IO[bytes]], size: int, display: str, prefix: str, whole: str | None,
                  limits: ArchiveLimits, members: list[Member], issues: list[ParseIssue],
                  why: list[str] | None = None, *, depth: int = 1, closers: list[Callable[[], None]] | None = None,
                  mounts: dict[str, str] | None = None, rooms: list[NotUnpacked] | None = None,
                  damage: str | None = None, listed: dict[int, str] | None = None) -> bool:
    """Read a zip without its central directory by walking local file headers from the front.

    ``open_stream`` opens the zip's bytes (``size`` of them) as a seekable stream: the file itself, or a
    member of the zip holding it; its members are added under ``prefix``, and ``whole`` is its path
    inside the input (None: it is the input). Every member whose data is complete is kept (and
    CRC-checked when read); the walk stops at the first incomplete member. The member the zip ends
    inside is kept too — also when it is the zip's first file (T28D: such a zip was "damaged", nothing
    read) — read up to the cut (:class:`MemberCutOff` raised there: its parser keeps the
    records before it and says after which record it is cut off): it was dropped whole, 209 of 414
    tweets lost that the same file cut in a folder kept (the twenty-eighth pass's second tester, M1).
    One ``truncated-zip`` issue says how many members were read whole and names the cut one. The same
    wherever the zip is found: given alone, in a folder (a Downloads folder: it was skipped whole
    there, the twenty-fourth pass's first tester) or inside another zip. Returns False, adding
    nothing, when no member has any data to read; then ``why`` (if given) gets where the zip ends.

    A zip inside it (``depth`` its level, under :attr:`ArchiveLimits.max_nesting`) is read too (:func:`_nested`):
    whole, through its directory; cut by the end of this one (a zip of part zips cut inside a part zip), salvaged
    in turn up to the cut, and the one ``truncated-zip`` issue says both zips' cut (INP54: none of the part zip's
    files were read, "a zip cut inside a zip it holds is not read"). ``closers`` gets what closes its readers and
    ``mounts`` where it is read in place (:attr:`Archive.mounts`); without them a zip inside is skipped. ``rooms``
    gets each zip inside not unpacked for want of room in the temporary folder (also when False is returned).

    A zip whose directory is there but damaged (``damage``: what is wrong with it, :class:`DirectoryDamaged`; or an end
    record that agrees with where the walk ends) is no interrupted download: where the walk reaches its directory,
    every file was read whole, and its one ``truncated-zip`` issue is a note saying so — what was wrong and that
    nothing was lost (INP61, T57D 5: "was the download interrupted? … the rest of the file is missing or unreadable",
    a fault, where the directory's first bytes were flipped and all 432 records read).

    ``listed``: that damaged directory's name of each file, by where its data begins (:attr:`DirectoryDamaged.listed`);
    where it and the file's own header disagree, the name :func:`_salvage_name` weighs likelier is read, and said.
    """
    try:
        with open_stream() as fh:
            directory_at = _directory_offset(fh)
            repaired: list[tuple[int, str | None, str]] = []
            entries, stop_reason = _walk_local_headers(fh, size, limits, directory_at, repaired)
    except (OSError, EOFError, RuntimeError, NotImplementedError, ValueError, zipfile.BadZipFile, zlib.error):
        return False
    def named(path: str) -> str:
        # a file of a zip inside the input, named through the zips it lies in (T53C 3: "data/following.js is cut off
        # before any of its data could be read" named neither "x.zip" nor the part zip it is in)
        if whole is None or mounts is None:
            return path
        names = zip_chain(prefix + path, mounts, input_zip_name((display,)))
        return " → ".join(names) if len(names) > 1 else path

    after = "the zip ends inside the header of the file after "
    if stop_reason.startswith(after) and entries:
        stop_reason = after + named(normalise_member_name(entries[-1].name)[0]) + stop_reason[
            len(after) + len(entries[-1].name):]
    if not entries:
        if why is not None and stop_reason.startswith("the zip ends"):
            why.append(stop_reason)
        return False
    found: list[ParseIssue] = []
    if listed:
        entries = _salvage_names(entries, listed, display, prefix, found)
    # a file's own header damaged, met by the walk (ZIP64): said, and a file lost so is no "nothing was lost"
    lost_headers: list[str] = []
    by_header: dict[int, str] | None = None
    for at, name, what in repaired:
        if name is None:
            name = (listed or {}).get(at + 30)  # (a name the damaged directory gives there, if any)
            if name is None and directory_at is not None:
                # the name the directory's own entry for that header gives, read entry by entry (ZIP65: the first
                # file's header zeroed, its directory damaged: "the file at byte 0 is lost", its name unsaid)
                if by_header is None:
                    by_header = _directory_names(open_stream, directory_at, size)
                name = by_header.get(at)
            lost_headers.append(f"the file at byte {at:,}{f' ({name})' if name else ''} is lost: its own header is "
                                "damaged past reading")
        member = prefix + normalise_member_name(name)[0] if name else whole or ""
        found.append(ParseIssue(archive=display, member=member,
                                code="damaged-header", message=f"{what} (byte {at:,} of the zip)"))
    # a file whose own header gives another file's name (INP62: "message_1.json" flipped to "recognized_devices.json"
    # with the directory damaged too): both are read under it (either may be the file of that name), and said — one of
    # them was read under a name not its own, its records lost or read as the other's (434 of 432 records, or 431,
    # were "nothing was lost")
    seen: set[str] = set()
    doubled: list[_LocalEntry] = []
    for entry in entries:
        key = normalise_member_name(entry.name)[0]
        if key and not entry.name.endswith("/") and key in seen:
            doubled.append(entry)
        seen.add(key)
    added: list[Member] = []
    files = 0
    blocked: list[tuple[str, str]] = []
    cut_name: str | None = None  # the cut member's path inside this zip (named in the truncated-zip issue)
    cut_bytes = 0  # the bytes of its data present
    cut_inside: ParseIssue | None = None  # the cut member is a zip salvaged in turn: its own truncated-zip issue
    inner_why: list[str] = []  # why a zip inside, cut, has no file to read
    inner_no_room = False  # a zip inside could not be unpacked: the temporary folder is full (no fault of the zip's)
    for entry in entries:
        path, changed = normalise_member_name(entry.name)
        if not path or is_junk(path) or entry.name.endswith("/"):
            continue
        full = prefix + path
        if entry.cut:
            # a member with none of its data present, or one that cannot be read anyway, is only named
            cut_name, cut_bytes = path, entry.compress_size
            if not entry.compress_size or entry.blocked is not None:
                stop_reason = f"{named(path)} is cut off before any of its data could be read"
                continue
            stop_reason = f"and {path} as far as it goes: the zip ends inside it"
        files += 1
        if changed:
            found.append(ParseIssue(archive=display, member=full, code="unsafe-name",
                                    message="member name had absolute, '..' or backslash parts; "
                                            "read under a cleaned name"))
        if entry.blocked is not None:
            blocked.append((full, entry.blocked))
            continue
        info = zipfile.ZipInfo(path)
        info.file_size, info.compress_size = entry.file_size, entry.compress_size
        problem = _limit_problem(info, limits)
        if problem:
            found.append(ParseIssue(archive=display, member=full, code="limit", message=problem,
                                    nothing_read=True))
            continue
        if path.lower().endswith(".zip"):
            if closers is None or mounts is None:
                found.append(ParseIssue(archive=display, member=full, code="corrupt-zip",
                                        message="nested zip inside a damaged zip was skipped"))
                continue
            if depth >= limits.max_nesting:
                found.append(ParseIssue(
                    archive=display, member=full, code="limit", nothing_read=True,
                    message=nested_too_deep(limits.max_nesting)))
                continue
            inner_cut, no_room_here = _nested(open_stream, entry, entries, display, prefix, full, depth, limits, added,
                                              found, closers, mounts, inner_why, rooms)
            inner_no_room = inner_no_room or no_room_here
            if inner_cut is not None:
                cut_inside = inner_cut
            elif entry.cut and inner_why:  # cut before any of its files' data: what of it is there is said
                stop_reason = (f"and {path}, a zip itself, as far as it goes: the zip ends inside it, and none of its "
                               f"files could be read ({'; '.join(inner_why)})")
            continue
        added.append(Member(full, entry.file_size, display, _salvaged_opener(open_stream, entry),
                            (entry.crc, entry.compress_size)))
    whole_files = files - len(blocked) - (1 if cut_name is not None and stop_reason.startswith("and ") else 0)
    if whole_files + len(blocked) == 0 and not added:
        # folder entries only, or the zip cut before any data of its first file: a damaged zip, naming that file
        if why is not None and cut_name is not None:
            if stop_reason.startswith("and ") and cut_name.lower().endswith(".zip"):
                # a zip of part zips cut inside its first (T50C: "before any of its data" of a part zip cut 2/3 in):
                # what is there is said, and why none of it is read
                inner = f" ({'; '.join(inner_why)})" if inner_why else ""
                again = "" if inner_no_room else "; download it again"
                why.append(f"the zip ends inside its first file, {cut_name}, a zip itself, of which {cut_bytes:,} "
                           f"bytes are in this zip: none of its files were read{inner}{again}")
            else:
                why.append(f"the zip ends inside its first file, {cut_name}, before any of its data")
        return False
    _note_blocked(display, whole, files, blocked, found)
    # what the cut says of the reading (INP49: each was "records before each fault were kept"): the zip's directory
    # alone cut, every file read whole — no fault in reading; cut inside a file's data — that file's records up to
    # the cut kept (its own corrupt-member line says after which); cut in a header, before a file's data, at an
    # encrypted or streamed file, or where no header is — the file there (and any after it) not read at all
    directory_only = stop_reason in (DIRECTORY_CUT, DIRECTORY_DAMAGED)
    # its directory there (an end record agreeing with where the files end) or found damaged: no download cut short
    damaged = damage is not None or (directory_only and directory_at is not None)
    inside_data = cut_name is not None and stop_reason.startswith("and ")
    # one cut, one issue (INP51): a cut inside the data of a file kept names that file as its member, and the parser
    # reading it gives this line once, with how many of its records came before the cut (dataexam.parser.cut_issue); a
    # file no parser reads keeps it as made here. A file not kept (a zip inside, over a limit) leaves it the zip's
    cut_file = prefix + cut_name if inside_data and cut_name else None
    if cut_inside is not None and cut_name is not None:
        # the zip ends inside a zip it holds, salvaged in turn: one issue for the one cut, naming the file the inner
        # zip's own line names (the parser reading it says how far it was read) and saying both zips' cut
        inner_said = cut_inside.message.split("(was the download interrupted?); ", 1)[-1]
        where = (f"{whole_files} complete file(s) were read, and {cut_name}, a zip itself, as far as it goes: the zip "
                 "ends inside it" if whole_files else f"the zip ends inside its first file, {cut_name}, a zip itself")
        # a zip cut inside a zip cut inside a zip (T53C 4: "…; of its files, the zip ends inside its first file,
        # x.zip, a zip itself; of its files, …", whose "its" is which?): each deeper zip named — "bundle.zip ends
        # inside its first file, part1.zip, a zip itself; of part1.zip's files, 6 complete file(s) were read; …"
        inner_said = re.sub(r"([^ ,;]+), a zip itself(, as far as it goes: the zip ends inside it)?; of its files, ",
                            r"\1, a zip itself\2; of \1's files, ", inner_said)
        name = cut_name.rsplit("/", 1)[-1]
        said = (f"{name} ends{inner_said[len('the zip ends'):]}" if inner_said.startswith("the zip ends ")
                else f"of its files, {inner_said}")
        found.insert(0, replace(cut_inside, kind=IssueKind.STOPS, message=(
            f"the zip file is incomplete or its directory is damaged (was the download interrupted?); {where}; "
            f"{said}")))
        members.extend(added)
        issues.extend(found)
        return True
    # "3 complete file(s) were read, and x.json as far as it goes …"; any other reason is a sentence of its own
    # (INP55: "of its files, 25 complete file(s) were read, the zip ends inside …", a comma splice)
    joined = ", " if stop_reason.startswith("and ") else "; "
    if damage is None and stop_reason == DIRECTORY_DAMAGED:
        damage = "its first bytes, where its end record puts it, are not a directory's"
    # what was not read though the walk reached the directory: a file under another's name, or fewer files than the
    # end record counts (INP62: "nothing was lost" is said only where every file it counts was read)
    unread = [f"{named(normalise_member_name(e.name)[0])!r} is the name of two of its files in their own headers "
              f"(one of the two names is damaged): both were read under it, the one at byte {e.data_offset:,} and "
              "the one before it, so one of them is read as a file it is not, and its own records may be lost"
              for e in doubled] + lost_headers
    lost_some = damaged and directory_only and bool(unread)
    if lost_some:
        said = (f"the zip's directory (the list of its files at its end) is damaged{f': {damage}' if damage else ''}; "
                f"its {whole_files} file(s) were read from their own headers instead, each of them whole, but "
                # (a file lost with its header, no name in doubt: "not each under its own name" said of it, ZIP65)
                f"{'not each under its own name' if doubled else 'not every file'}: {'; '.join(unread)}")
    elif damaged and directory_only:
        said = f"the zip's directory (the list of its files at its end) is damaged{f': {damage}' if damage else ''}; " \
               f"its {whole_files} file(s) were read from their own headers instead, each of them whole: nothing " \
               "was lost"
    elif damage is not None:
        said = (f"the zip's directory (the list of its files at its end) is damaged: {damage}; reading its files from "
                f"their own headers instead, {whole_files} complete file(s) were read{joined}{stop_reason}")
    else:
        said = (f"the zip file is incomplete or its directory is damaged (was the download interrupted?); "
                f"{whole_files} complete file(s) were read{joined}{stop_reason}")
    found.insert(0, ParseIssue(
        archive=display, member=cut_file if cut_file and any(m.path == cut_file for m in added) else whole or "",
        code="truncated-zip",
        message=said,
        kind=IssueKind.NOTE if directory_only and not lost_some else IssueKind.STOPS,
        nothing_read=not (directory_only or inside_data or stop_reason == ENDS_AFTER_DATA)))
    members.extend(added)
    issues.extend(found)
    return True


def _salvage_names(entries: list[_LocalEntry], listed: dict[int, str], display: str, prefix: str,
                   found: list[ParseIssue]) -> list[_LocalEntry]:
    """``entries`` (walked from a zip's local headers), each under the name :func:`_salvage_name` chooses of its own
    header's and the damaged directory's (``listed``, by where its data begins); a ``damaged-header`` issue in
    ``found`` for each read under the directory's."""
    out: list[_LocalEntry] = []
    for n, entry in enumerate(entries):
        directory = listed.get(entry.data_offset)
        others = {e.name for k, e in enumerate(entries) if k != n} | {
            name for at, name in listed.items() if at != entry.data_offset}
        if directory is None or directory == entry.name or _salvage_name(directory, entry.name, others) != directory:
            out.append(entry)
            continue
        path = normalise_member_name(directory)[0]
        found.append(ParseIssue(archive=display, member=prefix + path, code="damaged-header", message=(
            f"the zip's directory names this file {directory!r} and its own header {entry.name!r}: one of the two is "
            f"damaged; it was read under the directory's name, "
            + ("a zip's, where the other is no zip's" if directory.lower().endswith(".zip") else
               "as the other is another file's"))))
        out.append(replace(entry, name=directory))
    return out


def _salvage_name(directory: str, header: str, others: set[str]) -> str:
    """Of a file's two names in a zip read from its local headers (its directory damaged), its directory's and its
    own header's, the one read: its header's (the salvage's own), but the directory's where the header's is another
    file's and the directory's is not (each file read once, under the name no other file holds: T58C 1), or where
    only the directory's ends ".zip" and is no other file's (T58C 4: a part zip whose own header's name was flipped to
    "facebook-a-part1.jip" was skipped as "not a recognised export", "nothing was lost", 14 records lost)."""
    if directory in others:
        return header
    if header in others or (directory.lower().endswith(".zip") and not header.lower().endswith(".zip")):
        return directory
    return header


def _nested(open_stream: Callable[[], IO[bytes]], entry: _LocalEntry, entries: list[_LocalEntry], display: str,
            prefix: str, full: str, depth: int, limits: ArchiveLimits, added: list[Member], found: list[ParseIssue],
            closers: list[Callable[[], None]], mounts: dict[str, str], why: list[str],
            rooms: list[NotUnpacked] | None = None) -> tuple[ParseIssue | None, bool]:
    """Read a zip found inside a salvaged zip (``entry``, at ``full``): its members go to ``added``, its issues to
    ``found``. Whole, it is read through its directory; cut by the end of the zip holding it, its files before the
    cut are salvaged (:func:`_salvage_into`) and its own ``truncated-zip`` issue is returned first (not added: the zip
    holding it says the one cut) — None otherwise; second, whether it was not read for want of room in the temporary
    folder to unpack it (then nothing of it was read). Its bytes are read where they lie when stored (a window on the
    zip holding it), else inflated once into a private temporary file (0600, no name, removed when the archive is
    closed): memory stays bounded whatever its size. Nothing readable: a ``corrupt-zip`` issue (or, cut, ``why``
    says why none of its files could be read)."""
    names = [normalise_member_name(e.name)[0] for e in entries]

    def folder_exists(stem: str) -> bool:
        return any(n.startswith(stem + "/") for n in names)

    def skipped(message: str) -> None:
        found.append(ParseIssue(archive=display, member=full, code="corrupt-zip", message=message, nothing_read=True))

    try:
        opener, size = _nested_bytes(open_stream, entry, limits, closers)
    except _TooBig:
        found.append(ParseIssue(archive=display, member=full, code="limit", nothing_read=True, message=(
            f"nested zip inflates past the {limits.max_member_bytes}-byte limit; skipped (raise --max-member-size to "
            "read it)")))
        return None, False
    except (OSError, EOFError, zipfile.BadZipFile, zlib.error) as exc:
        streamed = _streamed_zip(open_stream, entry) if no_room(exc) and not entry.cut else None
        if streamed is not None:
            # whole, it is read from the zip holding it as a zip given whole is (:func:`_nested_stream`), only slower
            # (T53C 6: such a part zip before the cut was "not read", its records lost, where the temporary folder
            # had no room)
            closers.extend(streamed[1])
            point = _mount_point(full, folder_exists, prefix, mounts)
            _collect_zip(streamed[0], display, point, depth + 1, limits, added, found, closers, mounts, full,
                         rooms=rooms)
            return None, False
        if no_room(exc):  # the temporary folder is full: no fault of the zip's nor the download's (T52 1)
            import tempfile

            from .tempdirs import default_parent

            where = default_parent() or tempfile.gettempdir()
            too_large = exc.errno == errno.EFBIG
            fault, remedy = unpack_fault(too_large)
            said = f"{fault} ({no_room_reason(exc, where)}); {remedy}"
            if rooms is not None:
                rooms.append(NotUnpacked(full, printable_path(where), no_room_reason(exc, where), too_large))
            if entry.cut:  # said in the cut's own line (the zip holding it says why none of its files were read)
                why.append(said)
            else:
                found.append(ParseIssue(archive=display, member=full, code="unreadable", nothing_read=True,
                                        message=f"nested zip not read: {said}"))
            return None, True
        if not entry.cut:
            skipped("nested zip inside a damaged zip is damaged too and was skipped")
        return None, False
    if not size:
        if entry.cut:  # (deflated: its bytes present inflate to nothing yet)
            why.append("the zip ends before any of its bytes could be inflated")
        else:
            skipped("nested zip inside a damaged zip is empty and was skipped")
        return None, False
    point = _mount_point(full, folder_exists, prefix, mounts)
    damage = None
    listed: dict[int, str] = {}
    if not entry.cut:
        try:
            inner = _zip_file(opener())
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError) as exc:
            damage, listed = _damage_of(exc), _listed_of(exc)
        else:
            closers.append(inner.close)
            _collect_zip(inner, display, point, depth + 1, limits, added, found, closers, mounts, full, rooms=rooms)
            return None, False
    inner_found: list[ParseIssue] = []
    if not _salvage_into(opener, size, display, point, full, limits, added, inner_found, why, depth=depth + 1,
                         closers=closers, mounts=mounts, rooms=rooms, damage=damage, listed=listed):
        mounts.pop(point[:-1], None)
        if not entry.cut:
            skipped("nested zip inside a damaged zip is damaged too and was skipped")
        return None, False
    own = next((i for i in inner_found if i.code == "truncated-zip"), None) if entry.cut else None
    found.extend(i for i in inner_found if i is not own)
    return own, False


def _streamed_zip(open_stream: Callable[[], IO[bytes]],
                  entry: _LocalEntry) -> tuple[zipfile.ZipFile, list[Callable[[], None]]] | None:
    """A whole deflated zip inside a salvaged zip (``entry``) read through its directory straight from the zip holding
    it, inflating its bytes again from their start on each backward seek (zipfile's own stream of a deflated member,
    ``zipfile.ZipExtFile``): slow, but needing no temporary file, where none could be written. With what closes it;
    None where it cannot be read so (then it is not read, and said why)."""
    if entry.method != zipfile.ZIP_DEFLATED or entry.blocked is not None:
        return None
    info = zipfile.ZipInfo(entry.name)
    info.compress_type, info.compress_size, info.file_size, info.CRC = (
        entry.method, entry.compress_size, entry.file_size, entry.crc)
    try:
        raw = io.BufferedReader(_Window(open_stream(), entry.data_offset, entry.compress_size), 64 * 1024)
    except OSError:
        return None
    stream = zipfile.ZipExtFile(raw, "r", info, None, True)  # type: ignore[arg-type]
    try:
        zf = _zip_file(stream)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError, zlib.error):
        stream.close()
        return None
    return zf, [stream.close, zf.close]


def _not_salvaged(display: str, path: str, what: str, rooms: list[NotUnpacked]) -> ParseIssue:
    """The issue of a cut zip at ``path`` inside an input (``what``: "nested zip", "zip file inside the folder") none
    of whose files could be read: damaged, or — where the zips it holds could not be unpacked (``rooms``) — the
    temporary folder full, which is no fault of the zip's."""
    if rooms:
        return ParseIssue(archive=display, member=path, code="unreadable", nothing_read=True, message=(
            f"{what} not read: {(unpack_fault(rooms[0].too_large)[0] + ' ').replace(' it ', ' the zip inside it ')}"
            f"({rooms[0].reason}); {unpack_fault(rooms[0].too_large)[1]}"))
    return ParseIssue(archive=display, member=path, code="corrupt-zip", message=f"{what} is damaged and was skipped")


class _TooBig(Exception):
    """A nested zip inflates past :attr:`ArchiveLimits.max_member_bytes` (:func:`_nested_bytes`)."""


def _nested_bytes(open_stream: Callable[[], IO[bytes]], entry: _LocalEntry, limits: ArchiveLimits,
                  closers: list[Callable[[], None]]) -> tuple[Callable[[], IO[bytes]], int]:
    """An opener of the bytes of a zip inside a salvaged zip (``entry``; those present where it is cut) as seekable
    streams, and their number. Stored: a window on the zip holding it. Deflated: inflated once (CRC-checked when
    whole) into a private temporary file with no name (0600; on the run's disk temporary folder,
    :func:`dataexam.tempdirs.default_parent`), closed by ``closers``: a zip must be read by seeking, and a deflate
    stream cannot be. Raises :class:`_TooBig` past the member-size limit, the read's error where it is damaged."""
    if entry.method == zipfile.ZIP_STORED:
        start, length = entry.data_offset, entry.compress_size

        def window() -> IO[bytes]:
            return io.BufferedReader(_Window(open_stream(), start, length), 64 * 1024)  # type: ignore[return-value]

        return window, length
    import tempfile

    folder = _spill_folder()
    spill = tempfile.TemporaryFile(dir=folder)  # (closed by the archive's closers)
    try:
        written = 0
        with _SalvagedReader(open_stream, entry) as reader:
            while True:
                try:
                    chunk = reader.read(1 << 20)
                except MemberCutOff:  # the zip holding it ends here: what was there is the nested zip's bytes
                    break
                if not chunk:
                    break
                written += len(chunk)
                if written > limits.max_member_bytes:
                    raise _TooBig
                spill.write(chunk)
        spill.flush()
    except BaseException:
        spill.close()
        raise
    closers.append(Spill(spill, folder, written))
    fd = spill.fileno()

    def spilled() -> IO[bytes]:
        return io.BufferedReader(_Window(_PositionalFile(fd), 0, written), 64 * 1024)  # type: ignore[return-value]

    return spilled, written


class _PositionalFile(io.RawIOBase):
    """A read-only stream of its own over an open file descriptor (``os.pread``: several may read one file at once,
    each at its own position; closing it leaves the descriptor open)."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd, self._pos = fd, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        end = os.fstat(self._fd).st_size
        self._pos = max(0, {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: end}[whence] + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def readinto(self, buffer: Any) -> int:
        data = os.pread(self._fd, len(buffer), self._pos)
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)


class _Window(ClosesRaw, io.RawIOBase):
    """The ``length`` bytes from ``start`` of a seekable stream (closed with it), as a seekable stream of their own:
    a stored zip inside a salvaged zip, read where it lies."""

    def __init__(self, raw: IO[bytes], start: int, length: int) -> None:
        super().__init__()
        self._raw, self._start, self._length, self._pos = raw, start, length, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._length}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def readinto(self, buffer: Any) -> int:
        want = min(len(buffer), self._length - self._pos)
        if want <= 0:
            return 0
        self._raw.seek(self._start + self._pos)
        data = self._raw.read(want)
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)


class _BorrowedWindow(_Window):
    """A :class:`_Window` on a stream another reader owns (a zip's own file, read by zipfile too): closing it leaves
    that stream open. Each read seeks first, so it and zipfile's own reads of the file may interleave."""

    def close(self) -> None:
        io.RawIOBase.close(self)


def _directory_offset(fh: IO[bytes]) -> int | None:
    """Where the end record of the zip ``fh`` reads (APPNOTE.TXT 4.3.16) puts its central directory, where that
    record agrees with itself (the directory's offset and size end where the record begins), else None: no end record
    (a zip cut short), or one of a zip stored inside it (INP54), or itself damaged."""
    try:
        record = zipfile._EndRecData(fh)  # type: ignore[attr-defined]
    except (OSError, ValueError, EOFError, struct.error, zipfile.BadZipFile):
        return None
    if record is None:
        return None
    offset, length, location = record[6], record[5], record[9]
    return int(offset) if offset + length == location else None


#: the most of a damaged directory :func:`_directory_names` reads, and the entries it reads
DIRECTORY_NAMES_BYTES, DIRECTORY_NAMES_MAX = 16 << 20, 100_000
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # a directory entry's fixed part (APPNOTE.TXT 4.3.12; zipfile's own)
_CENTRAL_SIG = b"PK\x01\x02"


def _directory_names(open_stream: Callable[[], IO[bytes]], directory_at: int, size: int) -> dict[int, str]:
    """Where each file's local header is (APPNOTE.TXT 4.3.12, its "relative offset of local header") → its name, as
    the zip's directory (at ``directory_at``, damaged: zipfile refused it) gives them, read entry by entry: an entry's
    signature may have one byte damaged; where an entry's lengths lead to no entry, the next entry's signature is
    looked for. At most :data:`DIRECTORY_NAMES_BYTES` bytes and :data:`DIRECTORY_NAMES_MAX` entries; ``{}`` where
    it cannot be read. Names as zipfile decodes them (UTF-8 where flagged, else cp437)."""
    found: dict[int, str] = {}
    try:
        with open_stream() as fh:
            fh.seek(directory_at)
            data = fh.read(min(size - directory_at, DIRECTORY_NAMES_BYTES))
    except (OSError, EOFError, RuntimeError, ValueError, zipfile.BadZipFile, zlib.error):
        return found
    at = 0
    while at + _CENTRAL.size <= len(data) and len(found) < DIRECTORY_NAMES_MAX:
        head = data[at: at + _CENTRAL.size]
        if sum(a != b for a, b in zip(head[:4], _CENTRAL_SIG, strict=True)) > 1:
            at = data.find(_CENTRAL_SIG, at + 1)
            if at < 0:
                break
            continue
        fields = _CENTRAL.unpack(head)
        flags, name_len, extra_len, comment_len, offset = fields[5], fields[12], fields[13], fields[14], fields[18]
        raw = data[at + _CENTRAL.size: at + _CENTRAL.size + name_len]
        if 0 < name_len <= 1024 and len(raw) == name_len:
            found.setdefault(offset, raw.decode("utf-8" if flags & 0x800 else "cp437", errors="replace"))
        at += _CENTRAL.size + name_len + extra_len + comment_len
    return found


def _walk_local_headers(fh: IO[bytes], size: int, limits: ArchiveLimits, directory_at: int | None = None,
                        repaired: list[tuple[int, str | None, str]] | None = None) -> tuple[list[_LocalEntry], str]:
    """The complete members of a zip read from its local file headers (``fh`` seekable, ``size`` bytes),
    and why the walk stopped. An encrypted member, or one compressed with a method the salvage cannot
    inflate, is listed as ``blocked`` when its size is written before its data (else the walk stops).
    A member the file ends inside, once its name is read, is listed last as ``cut`` (its data present,
    maybe none, as ``compress_size``). ``directory_at``: where the zip's end record puts its directory (None: no
    end record agreeing with itself, :func:`_directory_offset`); a walk stopping there met the directory, damaged.

    ``repaired``, where given: where no header is found where the walk expects one, the walk goes on at the next
    (:func:`_resume_walk`) and each damaged header met is added to it as ``(byte, name or None where the file is
    lost, what)``; without it the walk stops there, as before."""
    entries: list[_LocalEntry] = []
    offset = 0

    def header_cut(partial: str = "") -> str:
        # the zip ends inside a file's header, before its name is whole (T28D N3: "the last file is cut off", or
        # "the rest of the file is missing or unreadable", named no file): say where, by the file before it
        where = f"the file after {entries[-1].name}" if entries else "its first file"
        named = f" (its name cut off at '{partial}')" if partial else ""
        return f"the zip ends inside the header of {where}{named}; nothing of that file was read"

    while True:
        fh.seek(offset)
        header = fh.read(_LOCAL_HEADER.size)
        if len(header) < _LOCAL_HEADER.size and header.startswith(_LOCAL_SIG):  # "PK" alone may be the directory's
            return entries, header_cut()
        if entries and len(header) < 4 and any(sig.startswith(header) for sig in _DIRECTORY_SIGS):
            # the zip ends 0-3 bytes after its last file's data (INP51: "nothing read" though every file before was
            # read whole): "PK\x01" is its directory's start; nothing, "P" or "PK" may be the directory's or another
            # file's header, of which nothing was there to read
            return entries, DIRECTORY_CUT if len(header) == 3 else ENDS_AFTER_DATA
        if header.startswith(_DIRECTORY_SIGS) and entries:
            # the zip's directory, after the last file's data: every file was read whole, only the directory
            # (the list of the files at the zip's end) is cut or damaged (INP49: "the rest of the file is missing or
            # unreadable", a fault, for a zip cut 30 bytes before its end with every file in it read)
            return entries, DIRECTORY_CUT
        if len(header) < _LOCAL_HEADER.size or not header.startswith(_LOCAL_SIG):
            if entries and offset == directory_at:  # the directory's own first bytes damaged, every file before it
                return entries, DIRECTORY_DAMAGED
            if repaired is not None and (resumed := _resume_walk(fh, offset, size, entries, directory_at,
                                                                 repaired)) is not None:
                offset = resumed  # (a file's own header damaged, the directory too: ZIP64, T59A 10)
                continue
            return entries, "the rest of the file is missing or unreadable"
        (_, _, flags, method, _, _, crc, csize, usize, name_len, extra_len) = _LOCAL_HEADER.unpack(header)
        raw_name, extra = fh.read(name_len), fh.read(extra_len)
        if len(raw_name) < name_len:
            return entries, header_cut(raw_name.decode("utf-8" if flags & 0x800 else "cp437", errors="replace"))
        name = raw_name.decode("utf-8" if flags & 0x800 else "cp437", errors="replace")
        data_offset = offset + _LOCAL_HEADER.size + name_len + extra_len
        if len(extra) < extra_len:  # cut inside the header: named, nothing of its data present
            entries.append(_LocalEntry(name, method, data_offset, 0, 0, crc, None, cut=True))
            return entries, "the last file is cut off"
        if 0xFFFFFFFF in (csize, usize):
            usize, csize = _zip64_sizes(extra, usize, csize)
        blocked = _ENCRYPTED if flags & 0x41 or method == 99 else _PATCHED if flags & 0x20 else None
        if blocked is None and method not in _SALVAGE_METHODS:
            blocked = _METHOD_NAMES.get(method, f"zip method {method}")
        if flags & 0x8:  # sizes follow the data (streamed zips): find the end by inflating
            if blocked == _ENCRYPTED:
                return entries, "an encrypted file stopped the reading"
            if method == zipfile.ZIP_STORED:
                # stored with its sizes after the data (a zip written as a stream, T50C H1: such a zip cut anywhere
                # was refused whole, "its directory is missing"): its end is where the data descriptor is whose
                # CRC-32 and size are those of the bytes before it
                stored = _stored_extent(fh, data_offset, size)
                if stored is None:  # no such descriptor before the file ends: the zip ends inside this file
                    entries.append(_LocalEntry(name, method, data_offset, max(0, size - data_offset),
                                               max(0, size - data_offset), 0, blocked, cut=True))
                    return entries, "the last file is cut off"
                csize, crc, next_offset = stored
                entries.append(_LocalEntry(name, method, data_offset, csize, csize, crc, blocked))
                offset = next_offset
                continue
            if method != zipfile.ZIP_DEFLATED:
                return entries, "a file of unknown length stopped the reading"
            try:
                found = _inflate_extent(fh, data_offset, limits)
            except _CutShort as short:
                # the file ends inside this member's deflate stream: its bytes present are read up to the cut;
                # what they inflate to (measured, within the limits) is its size
                entries.append(_LocalEntry(name, method, data_offset, max(0, size - data_offset), short.produced,
                                           0, None, cut=True))
                return entries, "the last file is cut off"
            if found is None:
                return entries, "the last file is cut off or damaged"
            csize, usize, crc = found
            after = data_offset + csize
            fh.seek(after)
            tail = fh.read(28)
            # the data descriptor: optional signature, CRC, then 4- or 8-byte (zip64) sizes
            sizes = (16, 24) if tail.startswith(_DESCRIPTOR_SIG) else (12, 20)
            skip = next((n for n in sizes if tail[n:n + 2] == b"PK"), sizes[0])
            next_offset = after + skip
        else:
            if data_offset + csize > size:
                entries.append(_LocalEntry(name, method, data_offset, max(0, size - data_offset), usize, crc,
                                           blocked, cut=True))
                return entries, "the last file is cut off"
            next_offset = data_offset + csize
        entries.append(_LocalEntry(name, method, data_offset, csize, usize, crc, blocked, header=offset))
        offset = next_offset


def _checked_header(fh: IO[bytes], at: int, size: int, signed: bool = True) -> tuple[_LocalEntry, int] | None:
    """The file whose local header (APPNOTE.TXT 4.3.7) is at ``at``, and the offset just past its data, where its fields
    are plausible (a name of 1-1024 bytes, stored or deflated, no data descriptor, not encrypted, its data within the
    file's ``size``) and its data matches its CRC-32 and size; else None. ``signed``: its signature must be there
    (False: its signature damaged, the rest of it weighed). Reads its header and its data once."""
    fh.seek(at)
    head = fh.read(_LOCAL_HEADER.size)
    if len(head) < _LOCAL_HEADER.size or (signed and head[:4] != _LOCAL_SIG):
        return None
    (_, _, flags, method, _, _, crc, csize, usize, name_len, extra_len) = _LOCAL_HEADER.unpack(head)
    data_offset = at + _LOCAL_HEADER.size + name_len + extra_len
    if (not 0 < name_len <= 1024 or method not in _SALVAGE_METHODS or flags & 0x49 or 0xFFFFFFFF in (csize, usize)
            or data_offset + csize > size):
        return None
    raw = fh.read(name_len)
    name = raw.decode("utf-8" if flags & 0x800 else "cp437", errors="replace")
    if len(raw) < name_len or "\x00" in name:
        return None
    info = zipfile.ZipInfo(name)
    info.compress_type, info.compress_size, info.file_size, info.CRC = method, csize, usize, crc
    if not _data_matches(fh, data_offset, info):
        return None
    return _LocalEntry(name, method, data_offset, csize, usize, crc, header=at), data_offset + csize


def _resume_walk(fh: IO[bytes], offset: int, size: int, entries: list[_LocalEntry], directory_at: int | None,
                 repaired: list[tuple[int, str | None, str]]) -> int | None:
    """Where the walk over a zip's local headers goes on where none is at ``offset`` (ZIP64, T59A 10: a damaged
    directory and one damaged local header stopped it there, every file after it lost, "the rest of the file is
    missing"; the first header's, "not a zip file"), ``entries`` (the walk's so far) mended and ``repaired`` told:

    - the header at ``offset`` with its signature damaged, the rest of it whole (its data matches its CRC-32): that
      file is read (appended to ``entries``), nothing lost;
    - else the next local header, from the last file's data on (before ``directory_at``), whose fields are plausible
      and whose data matches its CRC-32 (:func:`_checked_header`). Found before ``offset``, the last file's own header
      gave a wrong length of its name or extra field (or of its data): its data is looked for where it ends at that
      header, and kept where its CRC-32 matches there. Found after, the bytes between are a file lost (its header
      damaged past reading), said.

    None where no further header is found (the walk stops, as before). Reads forward 1 MiB at a time; each candidate's
    data once."""
    if (got := _checked_header(fh, offset, size, signed=False)) is not None:
        entry, after = got
        entries.append(entry)
        repaired.append((offset, entry.name, "its signature is not a header's; read by its other fields, whose CRC-32 "
                         "and size its data matches: nothing lost"))
        return after
    lo = entries[-1].data_offset if entries else 0
    hi = min(size, directory_at) if directory_at is not None and directory_at > lo else size
    at, block = lo + (0 if entries else 1), 1 << 20
    while at < hi:
        fh.seek(at)
        chunk = fh.read(min(block, hi - at) + 3)
        if not chunk:
            break
        pos = chunk.find(_LOCAL_SIG)
        while 0 <= pos < min(block, hi - at):
            found = at + pos
            if found != offset and (got := _checked_header(fh, found, size)) is not None:
                mended = bool(entries) and _mend_last(fh, entries, found, repaired)
                if found > offset and not (mended and found - offset < _LOCAL_HEADER.size):
                    repaired.append((offset, None, f"a file's own header here is damaged past reading; the bytes "
                                     f"from here to the next file's header ({found - offset:,}) were skipped: that "
                                     "file is lost"))
                return found
            pos = chunk.find(_LOCAL_SIG, pos + 1)
        at += block
    if directory_at is not None and lo < directory_at <= size and directory_at != offset and entries:
        # no header after it: the last file's, its header damaged, ends at the directory (damaged too)
        if not _mend_last(fh, entries, directory_at, repaired) and directory_at - offset >= _LOCAL_HEADER.size:
            repaired.append((offset, None, f"a file's own header here is damaged past reading; the bytes from here to "
                             f"the zip's directory ({directory_at - offset:,}) were skipped: that file is lost"))
        return directory_at
    return None


def _mend_last(fh: IO[bytes], entries: list[_LocalEntry], found: int, repaired: list[tuple[int, str | None, str]]
               ) -> bool:
    """Whether the last of ``entries``, whose data ended short of or past the next header (at ``found``) — its own
    header gave a wrong length of its name, extra field or data — was mended: its data looked for where it ends at
    ``found`` (its size as given) or where it starts as given (its length up to ``found``), kept where its CRC-32
    matches there, and said; its name read again where the length of its name was the damaged one (its extra field
    then well-formed, :func:`_extra_well_formed`)."""
    last = entries[-1]
    info = zipfile.ZipInfo(last.name)
    info.compress_type, info.compress_size, info.file_size, info.CRC = (last.method, last.compress_size,
                                                                        last.file_size, last.crc)
    if last.blocked is not None or last.method not in _SALVAGE_METHODS or _data_matches(fh, last.data_offset, info):
        return False
    name = last.name
    if found - last.compress_size >= 0 and _data_matches(fh, found - last.compress_size, info):
        start = found - last.compress_size
        mended = replace(last, data_offset=start)
        if last.header >= 0:
            fh.seek(last.header)
            head = fh.read(_LOCAL_HEADER.size + 0xFFFF)
            if len(head) >= _LOCAL_HEADER.size:
                flags, name_len, extra_len = (int.from_bytes(head[6:8], "little"),
                                              *struct.unpack_from("<HH", head, 26))
                room = start - last.header - _LOCAL_HEADER.size  # the name's and the extra field's bytes
                own = head[_LOCAL_HEADER.size + name_len: _LOCAL_HEADER.size + room]
                if not (0 <= room - name_len and _extra_well_formed(own)) and 0 < room - extra_len <= 1024:
                    raw = head[_LOCAL_HEADER.size: _LOCAL_HEADER.size + room - extra_len]
                    name = raw.decode("utf-8" if flags & 0x800 else "cp437", errors="replace")
                    mended = replace(mended, name=name)
    else:
        info.compress_size = found - last.data_offset
        if info.compress_size <= 0 or not _data_matches(fh, last.data_offset, info):
            return False
        mended = replace(last, compress_size=found - last.data_offset)
    entries[-1] = mended
    said = f" (not {last.name!r}, as the damaged length made it)" if name != last.name else ""
    repaired.append((mended.header if mended.header >= 0 else mended.data_offset, name,
                     f"its own header gives a wrong length of its name, extra field or data{said}; its data was found "
                     "where the next file's header begins, and matches its CRC-32: nothing lost"))
    return True


#: what may follow a stored file's data descriptor when it has no signature of its own: the next file's header, the
#: zip's directory or its end records
_AFTER_DESCRIPTOR = (_LOCAL_SIG, *_DIRECTORY_SIGS, b"PK\x06\x07")


def _stored_extent(fh: IO[bytes], data_offset: int, size: int) -> tuple[int, int, int] | None:
    """Where the data of a STORED member whose sizes follow it (general-purpose flag bit 3: a zip written as a
    stream) ends: ``(size in bytes, CRC-32, offset just past its data descriptor)``, or None when the file
    (``fh`` seekable, ``size`` bytes) ends before such a descriptor.

    The descriptor (APPNOTE.TXT 4.3.9) is the optional signature ``PK\x07\x08``, the CRC-32, then the compressed
    and uncompressed sizes, 4 bytes each or 8 (zip64); it is taken only where its CRC-32 and both sizes are those of
    the bytes from ``data_offset`` up to it, so a ``PK`` inside the data is never read as its end. One without the
    signature is looked for just before the next header (or the directory). A file cut inside the descriptor, its
    signature and every byte after it present matching, ends its data there (the next offset is then ``size``).
    Read 64 KiB at a time: memory stays bounded whatever the member's size."""
    fh.seek(data_offset)
    base = data_offset  # the file offset of buf[0]
    crc_base = 0  # CRC-32 of the data from data_offset up to base
    buf = b""
    scan_from = 0
    eof = False

    def crc_to(at: int) -> int:
        return zlib.crc32(buf[:at], crc_base)

    def matches(at: int, fields: bytes, whole: bool) -> bool:
        # the descriptor's fields (after any signature) at buf[at:]: its CRC-32 and sizes those of the data before
        n = base + at - data_offset
        for form in ("<III", "<IQQ"):
            if n >= 1 << 32 and form == "<III":
                continue
            if whole and len(fields) >= struct.calcsize(form):
                crc, csize, usize = struct.unpack_from(form, fields)
                if csize == usize == n and crc == crc_to(at):
                    return True
            elif not whole:
                expected = struct.pack(form, crc_to(at), n, n)
                if expected.startswith(fields) if len(fields) < len(expected) else fields.startswith(expected):
                    return True
        return False

    while True:
        if not eof:
            chunk = fh.read(64 * 1024)
            eof = not chunk
            buf += chunk
        # a "PK" is looked at once the 24 bytes a descriptor after it can take are read (or the file has ended)
        limit = len(buf) if eof else max(0, len(buf) - 24)
        while True:
            q = buf.find(b"PK", scan_from, limit + 1)
            if q < 0 or q >= limit:
                break
            scan_from = q + 1
            if buf.startswith(_DESCRIPTOR_SIG, q):
                fields = buf[q + 4: q + 24]
                if matches(q, fields, True):
                    n = base + q - data_offset
                    long = not (n < 1 << 32 and struct.unpack_from("<II", fields, 4) == (n, n))
                    return n, crc_to(q), base + q + (24 if long else 16)
                if eof and len(fields) < 20 and matches(q, fields, False):
                    # the file ends inside the descriptor: the data before it is whole
                    return base + q - data_offset, crc_to(q), size
            elif eof and len(buf) - q < 4 and _DESCRIPTOR_SIG.startswith(buf[q:]):
                # the file ends 2-3 bytes into the descriptor's signature ("PK", "PK\x07"): the data before is whole,
                # as a deflated file's whose stream ended there (JSON, JS and CSV text never ends in "PK")
                return base + q - data_offset, crc_to(q), size
            if buf.startswith(_AFTER_DESCRIPTOR, q):
                for length in (12, 20):  # "<III" or zip64 "<IQQ"
                    at = q - length
                    if at >= 0 and base + at >= data_offset and matches(at, buf[at:q], True):
                        return base + at - data_offset, crc_to(at), base + q
        if eof:
            return None
        # keep the last bytes: a descriptor without a signature ends just before a header still to be found
        keep = max(0, limit - 20)
        crc_base = zlib.crc32(buf[:keep], crc_base)
        base += keep
        buf = buf[keep:]
        scan_from = max(0, scan_from - keep)


def _zip64_sizes(extra: bytes, usize: int, csize: int) -> tuple[int, int]:
    pos = 0
    while pos + 4 <= len(extra):
        tag, length = struct.unpack_from("<HH", extra, pos)
        body = extra[pos + 4: pos + 4 + length]
        if tag == 0x0001:
            values = [struct.unpack_from("<Q", body, i)[0] for i in range(0, len(body) - 7, 8)]
            if usize == 0xFFFFFFFF and values:
                usize = values.pop(0)
            if csize == 0xFFFFFFFF and values:
                csize = values.pop(0)
            break
        pos += 4 + length
    return usize, csize


class _CutShort(Exception):
    """The file ends inside a deflate stream (:func:`_inflate_extent`), ``produced`` bytes inflated by then."""

    def __init__(self, produced: int) -> None:
        super().__init__(produced)
        self.produced = produced


def _inflate_extent(fh: IO[bytes], data_offset: int, limits: ArchiveLimits) -> tuple[int, int, int] | None:
    """Compressed size, uncompressed size and CRC of a deflate stream, or None if it is damaged or a bomb.
    Raises :class:`_CutShort` when the file ends inside it."""
    fh.seek(data_offset)
    inflater = zlib.decompressobj(-15)
    consumed = produced = 0
    crc = 0
    while not inflater.eof:
        chunk = fh.read(64 * 1024)
        if not chunk:
            raise _CutShort(produced)
        consumed += len(chunk)
        try:
            out = inflater.decompress(chunk, 4 * MiB)
            while True:
                produced += len(out)
                crc = zlib.crc32(out, crc)
                if produced > limits.max_member_bytes or (
                        produced > MiB and produced / max(1, consumed) > limits.max_ratio * 4):
                    return None  # a bomb: do not inflate it to find its end
                if inflater.eof or not inflater.unconsumed_tail:
                    break
                out = inflater.decompress(inflater.unconsumed_tail, 4 * MiB)
        except zlib.error:
            return None
    return consumed - len(inflater.unused_data), produced, crc


class MemberCutOff(zipfile.BadZipFile):
    """The zip file ends inside this member's data (an interrupted download): every byte present was handed over
    first (:class:`HandsOverFirst`), so its parser kept the records before the cut. The message names no file."""


class _SalvagedReader(ClosesRaw, io.RawIOBase):
    """The data of one member found by :func:`_salvage_zip`, inflated and CRC-checked at the end; a member the
    zip ends inside (``entry.cut``) is inflated up to the cut, then :class:`MemberCutOff` is raised."""

    def __init__(self, open_stream: Callable[[], IO[bytes]], entry: _LocalEntry) -> None:
        super().__init__()
        self._raw = open_stream()
        try:
            self._raw.seek(entry.data_offset)
        except BaseException:
            self._raw.close()
            raise
        self._entry = entry
        self._left = entry.compress_size
        self._inflater = zlib.decompressobj(-15) if entry.method == zipfile.ZIP_DEFLATED else None
        self._crc = 0
        self._pending = b""
        self._produced = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        want = len(buffer)
        while not self._pending and (self._left > 0 or (self._inflater and self._inflater.unconsumed_tail)):
            if self._inflater is not None and self._inflater.unconsumed_tail:
                raw = self._inflater.unconsumed_tail
            else:
                raw = self._raw.read(min(self._left, 64 * 1024))
                if not raw:
                    raise (MemberCutOff if self._entry.cut else zipfile.BadZipFile)("member data is cut off")
                self._left -= len(raw)
            self._pending = self._inflater.decompress(raw, max(want, 64 * 1024)) if self._inflater else raw
        data, self._pending = self._pending[:want], self._pending[want:]
        self._crc = zlib.crc32(data, self._crc)
        self._produced += len(data)
        if self._entry.cut:
            if self._produced > self._entry.file_size > 0:  # more than its header says it holds: damaged
                raise zipfile.BadZipFile("a member of a damaged zip inflates past its size")
            if not data:  # every byte present was handed over: the rest of the member is not in the file
                raise MemberCutOff("the zip file ends inside this member")
        elif not data and (self._crc != self._entry.crc or self._produced != self._entry.file_size):
            raise CrcMismatch("Bad CRC-32 or size for a member of a damaged zip")
        buffer[: len(data)] = data
        return len(data)


def _salvaged_opener(open_stream: Callable[[], IO[bytes]], entry: _LocalEntry) -> Callable[[], IO[bytes]]:
    def opener() -> IO[bytes]:
        # (HandsOverFirst: BufferedReader.read drops the bytes of the read in which its raw stream raised)
        return HandsOverFirst(io.BufferedReader(_SalvagedReader(open_stream, entry), 64 * 1024))  # type: ignore[return-value]

    return opener


def _zip_opener(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[], IO[bytes]]:
    """zipfile's own (seekable) stream of a member: a nested zip's bytes, salvaged (:func:`_salvage_into`)."""
    def opener() -> IO[bytes]:
        return zf.open(info)

    return opener


def _member_opener(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[], IO[bytes]]:
    """A data member's stream (:class:`HandsOverFirst`): every byte inflated before a fault reaches the parser. A file
    whose own header is damaged (:func:`_directory_fault`) is read where its data was found, by the directory's
    method, sizes and CRC-32 (zipfile would refuse it: its header's name differs, or its name's length)."""
    found = getattr(zf, "_dataexam_read_from", {}).get(info)
    if found is not None and zf.fp is not None:
        fp = zf.fp

        def borrowed() -> IO[bytes]:
            return _BorrowedWindow(fp, 0, found.data_offset + found.compress_size)  # type: ignore[return-value]

        return _salvaged_opener(borrowed, found)

    def opener() -> IO[bytes]:
        return HandsOverFirst(zf.open(info), info.CRC)  # type: ignore[return-value]

    return opener


class CrcMismatch(zipfile.BadZipFile):
    """A zip member's CRC-32, checked at its end, does not match its bytes: every byte of it was handed over
    before this was raised (:class:`HandsOverFirst`), so every record was read; one of them may hold a
    damaged value. The message names no file."""


class HandsOverFirst(io.BufferedIOBase):
    """A zip member's stream that hands over every byte it could inflate before it raises a fault.

    zipfile checks a member's CRC-32 when its last bytes are read and raises in that very read: the bytes of
    the read were lost, and a member smaller than one read (a Facebook ``message_1.json`` of 40 messages) lost
    all its records to one flipped byte, said as damage "before the first record" (T27A M1). A zlib error in a
    read that had already inflated some chunks lost those too. Here a read returns what it got; the fault is
    raised by the next read (a :class:`CrcMismatch` for the CRC, checked here instead of in zipfile), so a
    parser keeps every record before the damage, and for a CRC fault, every record. ``crc`` is the CRC-32 the
    zip's directory gives the member (``None``: not checked here)."""

    def __init__(self, raw: IO[bytes], crc: int | None = None) -> None:
        super().__init__()
        self._raw = raw
        self._expected: int | None = None
        if crc is not None and getattr(raw, "_expected_crc", None) == crc:
            self._expected = crc
            raw._expected_crc = None  # type: ignore[attr-defined]  # (zipfile's check, done here at the end)
        self._crc = 0
        self._error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        if self._error is not None:
            raise self._error
        unbounded = size is None or size < 0
        want = 1 << 20 if unbounded else size
        out = bytearray()
        while unbounded or len(out) < want:  # type: ignore[operator]
            try:
                chunk = self._raw.read1(1 << 20 if unbounded else want - len(out))  # type: ignore[attr-defined,operator]
                if not chunk and self._expected is not None and self._crc != self._expected:
                    raise CrcMismatch("bad CRC-32 at the end of a zip member")
            except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                if not out:
                    raise
                self._error = exc  # raised by the next read, once what came before it is parsed
                break
            if not chunk:
                break
            self._crc = zlib.crc32(chunk, self._crc)
            out += chunk
        return bytes(out)

    def read1(self, size: int = -1) -> bytes:
        return self.read(size if size is not None and size >= 0 else 1 << 16)

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()


def nested_too_deep(max_nesting: int) -> str:
    """The words of a ``limit`` issue of a zip nested past ``--max-nesting`` (``max_nesting`` zips deep), "1 level"
    and "2 levels" (T57B 5: "deeper than 1 levels")."""
    return (f"zip nested deeper than {max_nesting} level{'' if max_nesting == 1 else 's'}; skipped "
            "(raise --max-nesting to read it)")


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
    mounts: dict[str, str] = {}
    rooms: list[NotUnpacked] = []

    def unlisted(exc: OSError) -> None:
        if exc.filename == os.fspath(root):
            # the input folder itself cannot be listed (no read permission: a folder of another user's,
            # chmod 000): nothing in it can be read, as with an unreadable zip file
            raise NotAnArchive(f"{display}: cannot be read ({exc.strerror or type(exc).__name__})") from None
        # a sub-folder the walk cannot enter: moved or deleted since its parent was listed (an export
        # folder renamed mid-run), or not readable; its files are never read, so the run must say so
        rel = printable_path(os.path.relpath(exc.filename, root).replace(os.sep, "/")) if exc.filename else ""
        gone = isinstance(exc, FileNotFoundError)
        issues.append(ParseIssue(
            archive=display, member="" if rel == "." else rel, code="vanished" if gone else "unreadable",
            message=("folder is gone: moved or deleted while the run was listing the input; its files were "
                     "not read") if gone else (f"folder cannot be listed ({exc.strerror or type(exc).__name__}); "
                                               "its files were not read"),
            nothing_read=True))  # a folder not listed: none of its files read, as its message says (INP51)

    # os.walk does not follow directory symlinks, so a symlink loop cannot trap us.
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=unlisted):
        dirnames[:] = sorted(d for d in dirnames if d not in _JUNK_DIRS)
        rel_dir = os.path.relpath(dirpath, root)
        for fname in sorted(filenames):
            rel = printable_path(fname if rel_dir == "." else f"{rel_dir}/{fname}".replace(os.sep, "/"))
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
                _mount_zip_in_folder(fpath, rel, st.st_size, display, limits, members, issues, closers, mounts, rooms)
                continue
            stamp = _stamp(st)
            members.append(Member(rel, st.st_size, display, _file_opener(fpath, stamp), stamp))
    return Archive([display], members, issues, closers, mounts, rooms)


def _mount_point(full: str, folder_exists: Callable[[str], bool], prefix: str, mounts: dict[str, str]) -> str:
    """The folder a nested zip's members appear under: its name without ``.zip`` (``tweet_media.zip``
    → ``tweet_media/``, as parsers expect), or with it when an unpacked copy of the same name sits
    beside it (``x.zip`` next to ``x/``), so the two never collide."""
    stem = full[: -len(".zip")]
    point = full if folder_exists(stem[len(prefix):]) or stem in mounts else stem
    mounts[point] = full
    return point + "/"


def _mount_zip_in_folder(fpath: Path, rel: str, size: int, display: str, limits: ArchiveLimits,
                         members: list[Member], issues: list[ParseIssue],
                         closers: list[Callable[[], None]], mounts: dict[str, str], rooms: list[NotUnpacked]) -> None:
    # A folder holding part-zips (or a user's re-zipped sub-folder): read the zip's members in place.
    def beside(stem: str) -> bool:
        return fpath.with_name(fpath.name[: -len(".zip")]).is_dir()

    try:
        zf = _zip_file(fpath)
    except zipfile.BadZipFile as exc:
        # an interrupted download in a Downloads folder: salvaged as when given alone (it was skipped whole,
        # 2,973 readable records lost: the twenty-fourth pass's first tester, Z1)
        point = _mount_point(rel, beside, "", mounts)
        inner_rooms: list[NotUnpacked] = []
        if not _salvage_into(lambda: fpath.open("rb"), size, display, point, rel, limits, members, issues,
                             depth=1, closers=closers, mounts=mounts, rooms=inner_rooms, damage=_damage_of(exc),
                             listed=_listed_of(exc)):
            mounts.pop(point[:-1], None)
            issues.append(_not_salvaged(display, rel, "zip file inside the folder", inner_rooms))
        rooms.extend(inner_rooms)
        return
    except (OSError, EOFError, ValueError):
        issues.append(ParseIssue(archive=display, member=rel, code="corrupt-zip",
                                 message="zip file inside the folder is damaged and was skipped"))
        return
    closers.append(zf.close)
    point = _mount_point(rel, beside, "", mounts)
    # a zip in the folder is the first zip level, as the same zip given alone (INP59, T56A 10: --max-nesting counted
    # the folder as a zip, so a folder holding a zip of part zips inside a bundle — a batch participant's folder —
    # skipped a level read when the zip was given alone)
    _collect_zip(zf, display, point, 1, limits, members, issues, closers, mounts, rel, rooms=rooms)


class MemberChanged(OSError):
    """A folder file is no longer the file listed when the run began (another inode, size or
    modification time): replaced, rewritten or still being written. A ``changed`` parse issue."""


def _stamp(st: os.stat_result) -> tuple[int, ...]:
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _file_opener(path: Path, stamp: tuple[int, ...]) -> Callable[[], IO[bytes]]:
    def opener() -> IO[bytes]:
        fh = io.open(path, "rb")  # noqa: UP020 - explicit binary open of a member file
        try:
            now = _stamp(os.fstat(fh.fileno()))
        except OSError:
            fh.close()
            raise
        if now != stamp:
            # The file listed is not the one opened. Reading it would mix two versions when processes
            # read slices of it (--jobs): one from the file listed, one from its replacement.
            fh.close()
            raise MemberChanged(errno.ESTALE, "changed while the run was reading the input", str(path))
        return fh

    return opener


def iter_lines(stream: IO[bytes], encoding: str = "utf-8") -> Iterator[str]:
    """Decode a binary member stream line by line (for small text members)."""
    with io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="") as text:
        yield from text
