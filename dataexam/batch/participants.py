"""Who is in a batch, and which export paths belong to each participant.

Two forms of input (``dataexam batch INPUT``):

- a **folder**: every subfolder is one participant (its name is the participant id; the exports
  found inside it — zips, unpacked folders, or the subfolder itself being one unpacked export — are
  that participant's); a zip directly in the folder
  is a participant of its own, named by the file name without ``.zip``, and zips named
  ``<id>__<anything>.zip`` are grouped under ``<id>`` (one zip per service);
- a **manifest**: a CSV file with the columns ``participant_id`` and ``path`` (one row per export
  path, a participant may have several rows), or a JSON file that is an object
  ``{"P001": ["p1/twitter.zip", "p1/facebook"], …}`` or a list of
  ``{"participant_id": …, "paths": […]}``. Relative paths are relative to the manifest's folder.

Hidden entries (``.…``) and OS litter are skipped: said (``skipped``) when one is or holds export files.
Participant ids must be non-empty, not ``.`` or ``..``,
and must not contain ``/``, ``\\``, control characters or invisible ones (zero-width spaces, direction marks:
Unicode's format characters, line and paragraph separators), since they name output folders and two ids must
not look alike; any other character is allowed: the events folder of a participant is named by
:func:`folder_name`, which escapes it. Two ids that differ only by letter case or by Unicode compatibility forms
(``A1``/``a1``, ``P\u00a01``/``P 1``, full-width ``Ａ1``/``A1``) are refused: on the case-insensitive file systems of
macOS and Windows such ids share one output folder, and in the tables they read as one person.
"""

from __future__ import annotations

import csv
import json
import re
import string
import unicodedata
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from ..archive import printable_path
from ..errors import NotAnArchive, UsageProblem

_BAD_ID = re.compile(r"[/\\\x00-\x1f\x7f]")
#: Unicode categories of characters that show as nothing: format (zero-width space, joiner, BOM,
#: direction marks), line and paragraph separators
_INVISIBLE = frozenset({"Cf", "Zl", "Zp"})
#: the characters a participant's events folder keeps as they are; every other one is escaped (%XX)
FOLDER_SAFE = frozenset(string.ascii_letters + string.digits + "._-")
MAX_FOLDER_NAME = 200  # bytes: file systems allow 255 per name; staging adds a prefix and a suffix
MAX_MANIFEST_BYTES = 64 * 1024 * 1024  # a manifest lists paths; far more than any study needs


@dataclass(frozen=True)
class Participant:
    """One unit of work: an id chosen by the study and the export paths that belong to it."""

    participant_id: str
    paths: tuple[str, ...]
    #: per path, whether a manifest gave it relative (read from the manifest's own folder): said when it is not
    #: found (T27A L4: "cannot be read (not found)" for paths written relative to the working folder)
    from_manifest_folder: tuple[bool, ...] = ()


def folder_name(participant_id: str) -> str:
    """The name of a participant's folder under ``events/``: the id with every character outside
    ``[A-Za-z0-9._-]`` percent-encoded as UTF-8 bytes (``P 1`` → ``P%201``, ``P%41`` → ``P%2541``,
    ``a=b`` → ``a%3Db``), and a leading ``.`` or ``_`` too (pyarrow and pandas skip such folders as
    hidden). One id, one folder, and no two ids share one; :func:`id_of_folder` reverses it. The id
    itself is a column of the events files, so no reader has to decode the name (see the README).
    """
    name = "".join(c if c in FOLDER_SAFE else "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in participant_id)
    if name[:1] in (".", "_"):
        name = f"%{ord(name[0]):02X}{name[1:]}"
    return name


def id_of_folder(name: str) -> str:
    """The participant id an ``events/`` folder name stands for (:func:`folder_name` reversed)."""
    return urllib.parse.unquote(name, errors="strict")


def _check_id(pid: str, where: str) -> str:
    pid = pid.strip()
    if not pid:
        raise UsageProblem(f"{where}: a participant id is empty")
    if pid in (".", ".."):
        raise UsageProblem(f"{where}: participant id {pid!r} cannot be used: '.' and '..' mean the folder itself "
                           "and its parent, and ids name output folders")
    if _BAD_ID.search(pid):
        raise UsageProblem(f"{where}: participant id {pid!r} contains '/', '\\' or control characters "
                           "(ids name output folders)")
    invisible = next((c for c in pid if unicodedata.category(c) in _INVISIBLE), None)
    if invisible is not None:
        # a zero-width space or a direction mark pasted with an id from a spreadsheet or a chat: the id
        # then looks like another one everywhere it is shown (the twenty-second pass's fourth tester)
        raise UsageProblem(f"{where}: participant id {pid!r} contains an invisible character "
                           f"(U+{ord(invisible):04X} {unicodedata.name(invisible, 'unnamed')}); ids are "
                           "shown in tables and name output folders, so write them without it")
    try:
        pid.encode("utf-8")
    except UnicodeEncodeError:  # a folder named under another encoding: os gives its bytes as lone surrogates
        raise UsageProblem(f"{printable_path(where)}: participant id '{printable_path(pid)}' is not UTF-8 text "
                           "(a name made under another encoding); rename it: ids go into the tables and "
                           "name output folders") from None
    if len(folder_name(pid)) > MAX_FOLDER_NAME:
        raise UsageProblem(f"{where}: participant id {pid[:40]!r}… is too long to name an output folder "
                           f"(at most {MAX_FOLDER_NAME} characters, or fewer where some must be escaped)")
    return pid


def _same_spelling(spelled: dict[str, str], pid: str, raw: str, where: str) -> None:
    """Two ids that are one after their outer spaces are stripped ("A1" and "A1 ") would be one participant,
    two people's exports blended with no word (the twenty-second pass's third tester): refused, named."""
    first = spelled.setdefault(pid, raw)
    if first != raw:
        raise UsageProblem(f"{where}: participant ids {first!r} and {raw!r} differ only by the spaces around them "
                           "and would be one participant; write them alike, or as two different ids")


def _simple_upper(text: str) -> str:
    """``text`` with each character's one-character upper case (the simple case mapping NTFS's upcase table and
    APFS compare by): ``ı`` → ``I``, ``ſ`` → ``S``; a character whose upper case is longer (ß → SS) stays."""
    return "".join(u if len(u := c.upper()) == 1 else c for c in text)


def _distinct(groups: dict[str, list[str]], where: str) -> None:
    """Refuse two ids that differ only by letter case or by Unicode compatibility forms: the
    case-insensitive file systems of macOS and Windows (APFS, NTFS) give ``units/A1`` and ``units/a1``
    one folder, and the two read as one participant in every table (the twenty-second pass's fourth
    tester). The comparison is NFKC, then lower case and, apart, simple upper case — not casefold, whose
    ß → ss no file system makes (NTFS and APFS compare by simple case mapping): "Strasse" and "Straße" stay two ids
    (the twenty-third pass's final tester). Upper case too because lower case alone keeps apart what upper case
    joins: ``kız`` (dotless ı) and ``kiz`` are ``KIZ`` both, one folder on Windows (the twenty-sixth pass's
    leftovers), as are ``ſam`` and ``sam``."""
    seen_lower: dict[str, str] = {}
    seen_upper: dict[str, str] = {}
    for pid in groups:
        form = unicodedata.normalize("NFKC", pid)
        first = seen_lower.setdefault(form.lower(), pid)
        if first == pid:
            first = seen_upper.setdefault(_simple_upper(form), pid)
        if first != pid:
            raise UsageProblem(f"{where}: participant ids {first!r} and {pid!r} differ only by letter case or by "
                               "the form of their characters; on macOS and Windows they would share one output "
                               "folder, and they read as one person: rename one")


#: tar archives (``.tar.gz`` …): dataexam reads zips and folders only (:mod:`dataexam.archive` streams zip members;
#: a gzip'd tar has no index, so reading one member means decompressing all before it, every time)
_TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst")
#: single export files a participant may be given as (an Amazon ``Retail.OrderHistory.1.csv`` sent alone, an X
#: ``tweets.js``): read as that participant's one input, as ``dataexam report FILE`` reads them
_SINGLE_FILE_SUFFIXES = (".csv", ".json", ".js")


@dataclass(frozen=True)
class Skipped:
    """An entry of a batch's INPUT folder that is no participant, and why (said on stderr, listed in
    ``manifest.json``'s ``skipped``): T29B H1, entries left out without a word."""

    entry: str
    reason: str
    #: whether the entry is or holds a donation left unread (a tar archive, an export file under the service's own
    #: name, a hidden folder holding exports), not a read-me: such a batch exits ``SOME_FAILED`` (5), not 0
    donation: bool = False


#: names the systems give their own files and folders, compared without case: macOS's resource forks, Windows'
#: thumbnail cache, folder settings, recycle bins and volume data on a USB stick or share, Linux's lost+found, the
#: NAS systems' (Synology's @eaDir and #recycle, QNAP's @Recycle / .@__thumb is hidden anyway) — T30C B2: they were
#: participants that "failed". Skipped without a word unless one holds export files; Office's "~$" lock files too.
#: T30C B2b: Synology's #snapshot (a shared folder's snapshots, shown there when "Make snapshot visible" is ticked,
#: read-only), NetApp's and Windows' ~snapshot (the same on a CIFS share; .snapshot is hidden), Android's LOST.DIR
#: (an SD card or USB stick a phone checked), a USB stick's autorun.inf, and chkdsk's FOUND.000 … FOUND.999
#: (:data:`_CHKDSK`: the fragments it recovered, numbered folders of FILE0000.CHK); macOS Finder's "Icon\r" (a
#: folder's custom icon, T31C)
OS_LITTER = frozenset(name.lower() for name in (
    "__MACOSX", "Thumbs.db", "desktop.ini", "$RECYCLE.BIN", "RECYCLER", "RECYCLED", "System Volume Information",
    "lost+found", "@eaDir", "#recycle", "@Recycle", "@Recently-Snapshot", "#snapshot", "~snapshot", "LOST.DIR",
    "autorun.inf", "Icon\r"))
_CHKDSK = re.compile(r"found\.\d{3}", re.IGNORECASE)
#: the snapshot folders of a share (Synology, NetApp/Windows, QNAP): earlier copies of the share's own folders, so
#: the exports they hold are the participants' again — said, never a donation left unread (exit 5 on every share
#: whose snapshots are visible)
_SNAPSHOTS = frozenset({"#snapshot", "~snapshot", "@recently-snapshot"})


def is_os_litter(name: str) -> bool:
    """Whether an entry named ``name`` is one the system or an application leaves (:data:`OS_LITTER`, chkdsk's
    ``FOUND.000``, ``~$`` lock files), not a participant's."""
    return name.lower() in OS_LITTER or _CHKDSK.fullmatch(name) is not None or name.startswith("~$")


#: at most this many entries of a hidden folder are looked at to tell whether it holds export files
_LOOK_AT = 10_000


def _skip_reason(entry: Path) -> Skipped | None:
    """Why a file directly in INPUT is not read (None: it is read as a participant)."""
    name = entry.name.lower()
    shown = printable_path(entry.name)
    if name.endswith(_TAR_SUFFIXES):
        return Skipped(shown, "not read: tar archives are not supported (unpack it into a folder named by the "
                              "participant, or zip it)", donation=True)
    if entry.suffix.lower() in _SINGLE_FILE_SUFFIXES:
        service = _service_file(entry)
        if service is None:
            return None
        # Retail.OrderHistory.1.csv loose in INPUT was participant "Retail.OrderHistory.1" in every table (T29D L-a):
        # a name the service gives its file is no participant's id
        return Skipped(shown, f"not read: {shown} is the name {service} gives its export file, not a participant's "
                              "id: put it, under that name, in a folder named by the participant "
                              f"(P035/{shown})", donation=True)
    return Skipped(shown, "not read: not a folder, a zip or an export file (.csv, .json, .js)")


def _service_file(entry: Path) -> str | None:
    """The service (``Amazon``) whose parser recognises a single file by its own name (``Retail.OrderHistory.1.csv``,
    ``tweets.js``), or None: a file renamed after a participant (``P35.csv``, read under its service's name by what
    it begins with: :func:`~dataexam.discover.renamed_export_name`) is that participant's."""
    from ..archive import open_archive
    from ..discover import SNIFF_BYTES, renamed_export_name
    from ..errors import DataexamError
    from ..registry import load_registry

    try:
        with entry.open("rb") as fh:
            canonical = renamed_export_name(fh.read(SNIFF_BYTES), entry.name)
        if canonical is not None and canonical.rsplit("/", 1)[-1] != entry.name:
            return None
        with open_archive(entry) as archive:
            found = load_registry().best(archive)
    except (OSError, DataexamError):
        return None
    if found is None:
        return None
    return {"amazon": "Amazon", "facebook": "Facebook", "twitter": "X (Twitter)"}.get(found.parser, found.parser)


def _hidden_reason(entry: Path) -> Skipped | None:
    """Why a hidden (``.P17``) or OS-litter-named (``__MACOSX``, ``Thumbs.db``) entry of INPUT that is or holds export
    files is not read (T29D L-a: such participant folders were skipped without a word); None for what the systems
    leave (``.DS_Store``, AppleDouble ``._P01.zip``, a ``__MACOSX`` of resource forks), skipped silently."""
    if entry.name.startswith("._"):
        return None
    shown = printable_path(entry.name)
    kind = "folder" if entry.is_dir() else "file"
    if entry.name.startswith("."):
        what, how = f"a hidden {kind} (its name begins with '.')", "rename it without the dot"
    else:
        what, how = f"{shown} is a name the system gives its own files, yet this {kind}", "rename it"
    if entry.is_dir():
        if not _holds_export_files(entry):
            return None
        if entry.name.lower() in _SNAPSHOTS:
            return Skipped(shown, f"not read: {shown} holds the share's snapshots, earlier copies of its folders")
        return Skipped(shown, f"not read: {what} holds export files; if it is a participant's, {how}", donation=True)
    if entry.suffix.lower() in (".zip", *_SINGLE_FILE_SUFFIXES) or entry.name.lower().endswith(_TAR_SUFFIXES):
        return Skipped(shown, f"not read: {what} is an export file; if it is a participant's, {how}", donation=True)
    return None


def _holds_export_files(folder: Path) -> bool:
    """Whether ``folder`` holds a zip or a .json/.js/.csv file (not an AppleDouble ``._`` one) among its first
    :data:`_LOOK_AT` entries."""
    import os

    seen = 0
    for _root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d != "__MACOSX"]
        for name in files:
            if not name.startswith("._") and Path(name).suffix.lower() in (".zip", *_SINGLE_FILE_SUFFIXES):
                return True
        seen += len(dirs) + len(files)
        if seen > _LOOK_AT:
            return False
    return False


def _problems(problems: list[str]) -> None:
    """Raise one UsageProblem listing every refused id (T29B L2: one per run, three runs for three folders)."""
    if len(problems) == 1:
        raise UsageProblem(problems[0])
    if problems:
        raise UsageProblem(f"{len(problems)} participant ids are refused (nothing was done): " +
                           "; ".join(f"({n}) {p}" for n, p in enumerate(problems, 1)))


def from_folder(folder: Path, skipped: list[Skipped] | None = None) -> list[Participant]:
    """One participant per subfolder, per zip, per ``<id>__*.zip`` group (see module docstring), per single export
    file (``P35.csv``: one participant, id ``P35``) and per link to nothing (a share not mounted: its unit fails
    "path does not exist", and it is never taken for a participant no longer in the input). Any other entry
    (a ``.tar.gz``, a read-me) is appended to ``skipped`` with why. Every refused id is named in one UsageProblem."""
    groups: dict[str, list[str]] = {}
    spelled: dict[str, str] = {}
    problems: list[str] = []

    def add(raw: str, entry: Path) -> None:
        try:
            pid = _check_id(raw, str(folder))
            _same_spelling(spelled, pid, raw, str(folder))
        except UsageProblem as exc:
            problems.append(str(exc))
            return
        groups.setdefault(pid, []).append(str(entry))

    for entry in sorted(folder.iterdir()):
        if entry.name.startswith(".") or is_os_litter(entry.name):
            if skipped is not None and (hidden := _hidden_reason(entry)) is not None:
                skipped.append(hidden)
            continue
        if entry.is_dir():
            # the folder itself is the participant's one input: the exports are found inside it as in any
            # folder (zips, unpacked folders, part-zips; stray files skipped) — and a folder that *is* an
            # unpacked export (an X archive's data/ and "Your archive.html") is read as one. Listing what
            # is inside as separate inputs read that export's own files as exports, and failed it.
            add(entry.name, entry)
        elif entry.suffix.lower() == ".zip":
            add(entry.stem.split("__", 1)[0], entry)
        elif entry.is_symlink() and not entry.exists():
            # a participant's folder or zip on a share that is not mounted: a participant whose input cannot be
            # read (an error row), never "absent" (T29B H1: --remove-absent deleted their outputs)
            add(entry.name, entry)
        elif (why := _skip_reason(entry)) is None:
            add(entry.stem.split("__", 1)[0], entry)
        elif skipped is not None:
            skipped.append(why)
    _problems(problems)
    _distinct(groups, str(folder))
    return [Participant(pid, tuple(paths)) for pid, paths in groups.items()]


def from_manifest(manifest: Path) -> list[Participant]:
    """Participants listed in a CSV or JSON manifest (see module docstring). Raises UsageProblem."""
    if manifest.stat().st_size > MAX_MANIFEST_BYTES:
        raise UsageProblem(f"{manifest.name}: manifest larger than {MAX_MANIFEST_BYTES // 2**20} MiB")
    base = manifest.parent
    groups: dict[str, list[str]] = {}
    relative: dict[str, list[bool]] = {}
    spelled: dict[str, str] = {}
    problems: list[str] = []

    def add(pid: object, path: object, where: str) -> None:
        if not isinstance(pid, str | int) or not isinstance(path, str) or not path.strip():
            raise UsageProblem(f"{where}: each entry needs a participant id and a path")
        p = Path(path.strip())
        try:
            checked = _check_id(str(pid), where)
            _same_spelling(spelled, checked, str(pid), where)
        except UsageProblem as exc:
            problems.append(str(exc))
            return
        groups.setdefault(checked, []).append(str(p if p.is_absolute() else base / p))
        relative.setdefault(checked, []).append(not p.is_absolute())

    if manifest.suffix.lower() == ".json":
        try:
            # bytes that are not UTF-8 come through as the file system gives them (surrogateescape), so a
            # path in a manifest names a folder named under another encoding; such an id is refused
            with manifest.open(encoding="utf-8", errors="surrogateescape") as fh:
                data = json.load(fh)  # a study's own small manifest, not an export file
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise UsageProblem(f"{manifest.name}: not valid JSON ({type(exc).__name__})") from None
        if isinstance(data, dict):
            for pid, paths in data.items():
                for path in [paths] if isinstance(paths, str) else paths if isinstance(paths, list) else [None]:
                    add(pid, path, manifest.name)
        elif isinstance(data, list):
            for n, entry in enumerate(data, 1):
                if not isinstance(entry, dict):
                    raise UsageProblem(f"{manifest.name}: entry {n} is not an object")
                paths = entry.get("paths", entry.get("path"))
                for path in [paths] if isinstance(paths, str) else paths if isinstance(paths, list) else [None]:
                    add(entry.get("participant_id"), path, f"{manifest.name} entry {n}")
        else:
            raise UsageProblem(f"{manifest.name}: expected an object or a list of participants")
    else:
        with manifest.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
            reader = csv.DictReader(fh)
            fields = {f.strip().lower() for f in reader.fieldnames or []}
            if not {"participant_id", "path"} <= fields:
                raise UsageProblem(f"{manifest.name}: a CSV manifest needs the columns participant_id and path")
            for n, row in enumerate(reader, 2):
                row = {(k or "").strip().lower(): v for k, v in row.items()}
                add(row.get("participant_id"), row.get("path"), f"{manifest.name} line {n}")
    _problems(problems)
    if not groups:
        raise UsageProblem(f"{manifest.name}: the manifest lists no participant")
    _distinct(groups, manifest.name)
    return [Participant(pid, tuple(paths), tuple(relative[pid])) for pid, paths in groups.items()]


def discover(input_path: str | Path, skipped: list[Skipped] | None = None) -> list[Participant]:
    """The participants of ``input_path`` (a folder or a manifest file); a folder's entries that are none are
    appended to ``skipped`` with why. Raises UsageProblem, or NotAnArchive when the folder cannot be listed or the
    manifest cannot be read (no permission)."""
    p = Path(input_path)
    try:
        if p.is_dir():
            found = from_folder(p, skipped)
            if not found:
                raise UsageProblem(f"{p.name}: no participant folder or zip found inside")
            return found
        if p.is_file():
            return from_manifest(p)
    except OSError as exc:
        raise NotAnArchive(f"{printable_path(str(input_path))}: cannot be read "
                           f"({exc.strerror or type(exc).__name__})") from None
    raise UsageProblem(f"{input_path}: no such folder or manifest file")
