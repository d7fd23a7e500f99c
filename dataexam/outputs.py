"""Where ``-o`` writes, and in which format: never replace what is not a regular file.

A ``-o`` target is one of three things (:func:`classify`):

* ``stdout`` — ``-o -``;
* ``file`` — a regular file or a path that does not exist yet: written under a private (0600)
  temporary name beside it and renamed over it on success, so an interrupted run leaves the old
  file as it was;
* ``stream`` — anything else that can be written to: a character device (``/dev/null``, a
  terminal), a FIFO, ``/dev/stdout``/``/dev/stderr`` or a symbolic link to one of these. It is
  opened and written straight through; renaming a temporary file over it would replace the
  device or pipe with a regular file (as root, ``/dev/null`` itself). SQLite cannot be written to a
  stream (:func:`check_sqlite_target` refuses it).

A symbolic link to a regular file is a ``file`` written at the link's final target (the link
stays a link). A path that is or passes through ``/dev/stdout``, ``/dev/stderr``, ``/dev/fd/N`` or
``/proc/…/fd/N`` is always a ``stream``, whatever it points to: ``-o /dev/stdout > out.jsonl``
writes into ``out.jsonl`` through the descriptor and never renames anything in ``/dev``.
A folder or a socket is refused.

:func:`format_for` picks the format from the output name when ``-f`` is not given and refuses an
explicit ``-f`` that contradicts the name, a compressed name, and (without ``-f``) the name of a format the
command does not write. :func:`check_not_an_input` refuses an output that is an input, compared as files.
:func:`shown` is how a name is printed on a terminal.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, NoReturn

from .errors import OutputError, StdoutClosed, UsageProblem

TargetKind = Literal["stdout", "file", "stream"]

#: output name suffix → format name, per command family (``timeline`` / ``report``)
TIMELINE_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".db": "sqlite",
                     ".sqlite": "sqlite", ".sqlite3": "sqlite", ".parquet": "parquet", ".pq": "parquet"}
REPORT_SUFFIXES = {".json": "json", ".md": "markdown", ".markdown": "markdown", ".html": "html",
                   ".htm": "html", ".txt": "text"}


@dataclass(frozen=True)
class OutputTarget:
    """A classified ``-o`` value: ``kind``, the path to write (None for stdout) and the name as given."""

    kind: TargetKind
    path: Path | None
    given: str | None = None

    @property
    def display(self) -> str:
        if self.path is None:
            return "stdout"
        return self.given or str(self.path)


_DESCRIPTOR_PATHS = ("/dev/stdin", "/dev/stdout", "/dev/stderr")


def _is_descriptor_path(text: str) -> bool:
    return text in _DESCRIPTOR_PATHS or text.startswith("/dev/fd/") or (
        text.startswith("/proc/") and "/fd/" in text)


def _descriptor_of(text: str) -> int | None:
    """The descriptor number a descriptor path names (``/dev/stdout`` 1, ``/dev/fd/2`` 2, this
    process's ``/proc/…/fd/N`` N), or ``None``."""
    if text in _DESCRIPTOR_PATHS:
        return _DESCRIPTOR_PATHS.index(text)
    parts = text.split("/")
    if text.startswith("/dev/fd/") and len(parts) == 4 and parts[3].isdigit():
        return int(parts[3])
    if (len(parts) == 5 and parts[1] == "proc" and parts[3] == "fd" and parts[4].isdigit()
            and parts[2] in ("self", "thread-self", str(os.getpid()))):
        return int(parts[4])
    return None


def _link_chain(path: Path) -> list[str]:
    """``path`` and every path its symbolic links lead through (absolute, at most 40 hops)."""
    chain = [os.path.abspath(path)]
    current = chain[0]
    for _ in range(40):
        if not os.path.islink(current):
            break
        target = os.readlink(current)
        current = os.path.abspath(os.path.join(os.path.dirname(current), target))
        chain.append(current)
    return chain


def classify(value: str | os.PathLike[str] | None) -> OutputTarget:
    """Classify an ``-o`` value (None or ``-`` = stdout). Raises OutputError for a folder or socket."""
    if value is None or str(value) == "-":
        return OutputTarget("stdout", None)
    if not str(value):  # `-o "$OUT"` with the variable unset: it was ".: is a folder" (T28B L8)
        raise UsageProblem("-o: an empty name; give a file name, or - for standard output")
    path = Path(value)
    chain = _link_chain(path)
    for hop in chain:
        fd = _descriptor_of(hop)
        if fd in _CLOSED_AT_START:  # held on /dev/null: writing there would vanish
            if fd == 1:
                raise StdoutClosed(_STDOUT_CLOSED)
            raise OutputError(f"{value}: descriptor {fd} was closed when the command started; nothing was "
                              "written there")
    if any(_is_descriptor_path(hop) for hop in chain) and os.path.exists(path):
        return OutputTarget("stream", path, str(value))
    try:
        st = os.stat(path)  # follows symbolic links: what a write would reach
    except FileNotFoundError:
        # a new path; a link to a file that does not exist yet is followed (as the shell's `>` does)
        return OutputTarget("file", Path(os.path.realpath(path)) if path.is_symlink() else path, str(value))
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here ({exc.strerror or type(exc).__name__})") from None
    mode = st.st_mode
    if stat.S_ISREG(mode):
        # a link to a file: write beside and rename onto the final target, so the link stays a link
        return OutputTarget("file", Path(os.path.realpath(path)) if path.is_symlink() else path, str(value))
    if stat.S_ISDIR(mode):
        raise OutputError(f"{path}: is a folder; give a file name")
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return OutputTarget("stream", path, str(value))
    raise OutputError(f"{path}: not a regular file, character device or pipe; refusing to write to it")


def check_not_an_input(target: OutputTarget, inputs: list[Path] | list[str]) -> None:
    """Refuse an output file that is one of the inputs or lies inside one (UsageProblem, exit 2).

    ``report takeout.zip -o takeout.zip`` would replace the person's downloaded export with a report,
    and ``-o export/data/tweets.js`` would rewrite a file of the export (and the temporary file beside
    it would be read as part of the input). Links are resolved on both sides.

    Paths are compared as files, not as strings (the twenty-fourth pass's first tester): the same
    folder reached another way — a bind mount or a container volume mounted twice, another letter case
    on a case-insensitive file system (macOS, Windows, FAT/exFAT sticks), another Unicode normalisation
    (macOS) — has another real path but the same ``(st_dev, st_ino)``. So the output is also refused when
    one of its existing parent folders *is* an input folder, when it is the same directory entry as an
    input file (the same file in the same folder under a name equal but for case and normalisation; a hard
    link elsewhere or under another name is safe: the rename replaces only that name), and when it is a
    file an input folder reaches through a symbolic link in it (which the folder reader follows)."""
    if target.kind != "file" or target.path is None:
        return
    out = os.path.realpath(target.path)
    for item in inputs:
        src = os.path.realpath(item)
        if out == src or out.startswith(src.rstrip(os.sep) + os.sep):
            _refuse_output(target, "is" if out == src else "is inside", item)
    out_id = _identity(out)
    parents = _parent_identities(out)
    for item in inputs:
        try:
            info = os.stat(item)
        except OSError:  # a missing input is said by the run itself
            continue
        ident = (info.st_dev, info.st_ino)
        if stat.S_ISDIR(info.st_mode):
            if ident in parents:
                _refuse_output(target, "is inside", item, another_way=True)
            if out_id is not None and _links_to(os.fspath(item), out_id):
                _refuse_output(target, "is a file (reached through a link) of", item)
        elif out_id == ident and _same_entry(out, os.path.realpath(item)):
            _refuse_output(target, "is", item, another_way=True)


def check_not_in_export_of(target: OutputTarget, inputs: list[Path] | list[str], registry: Any) -> None:
    """Refuse an output file inside the export a single-file input belongs to (UsageProblem, exit 2).

    ``timeline am/Retail.OrderHistory.1/Retail.OrderHistory.1.csv -o am/Retail.CartItems.1/Retail.CartItems.1.csv``
    (a tab-completed wrong ``-o``) replaced the export's cart file with the timeline (T28B M3): the input is a
    file, so :func:`check_not_an_input` saw no input folder. The folder of the export is found as discovery
    finds it when given the folders above the file (:func:`export_root_of`)."""
    if target.kind != "file" or target.path is None:
        return
    out = os.path.realpath(target.path)
    for item in inputs:
        root = export_root_of(item, registry)
        if root is not None and out.startswith(os.fspath(root).rstrip(os.sep) + os.sep):
            raise UsageProblem(f"-o {target.display} is inside the export {shown(os.fspath(root))} that the input "
                               f"{shown(os.fspath(item))} belongs to; dataexam never writes into an export: choose "
                               "another output path")


def export_root_of(item: str | os.PathLike[str], registry: Any, *, levels: int = 3,
                   most: int = 2000) -> Path | None:
    """The folder of the export that a single input *file* is part of, or None (a folder, a zip, a file in
    no recognised export, a folder above holding more than ``most`` files).

    Up to ``levels`` folders above the file are listed (names and sizes only) and discovered as if given as
    the input; the export holding the file at the highest level is its root. A folder that holds nothing but
    the export found below it (a wrapper, a Downloads folder with only that export in it) is not taken."""
    from .archive import Archive, Member
    from .discover import discover

    path = Path(os.path.realpath(item))
    try:
        if not path.is_file():
            return None
        with path.open("rb") as fh:
            if fh.read(4).startswith(b"PK") or path.suffix.lower() == ".zip":
                return None  # a zip is an export (or a bundle) of its own: beside it is outside it
    except OSError:
        return None
    root: Path | None = None
    folder = path.parent
    for _ in range(levels):
        members: list[Member] = []
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames.sort()
            for name in sorted(filenames):
                full = os.path.join(dirpath, name)
                rel = os.path.relpath(full, folder).replace(os.sep, "/")
                try:
                    size = os.stat(full).st_size
                except OSError:
                    continue
                members.append(Member(rel, size, os.fspath(folder),
                                      lambda full=full: open(full, "rb")))  # the caller closes it
            if len(members) > most:
                return root
        rel_item = path.relative_to(folder).as_posix()
        try:
            exports, _ = discover(Archive([os.fspath(folder)], members, []), registry)
        except Exception:  # (a guard of the output: a folder that cannot be read guards nothing)
            return root
        holding = [f for f in exports if not f.prefix or rel_item.startswith(f.prefix)]
        if not holding:
            return root
        try:
            detection = holding[0].detected()  # (made now for an export discovery kept whole by its folders' names)
        except Exception:  # (a guard of the output: detection that fails guards as before)
            detection = None
        read = [] if detection is None else _data_files(registry, detection.parser, detection.claimed)
        if read == [rel_item]:
            # a one-file export (an old Amazon order report loose in Downloads, T30A L7): the file is the export,
            # the folder holding it is not, so an output beside it is outside; a folder above may still be one
            if folder.parent == folder:
                break
            folder = folder.parent
            continue
        found = folder / holding[0].prefix if holding[0].prefix else folder
        if root is not None and found == folder and all(m.path.startswith(f"{root.name}/") for m in members):
            return root  # a wrapper holding only the export below
        root = found
        if folder.parent == folder:
            break
        folder = folder.parent
    return root


def _data_files(registry: Any, parser: str, claimed: Sequence[str]) -> list[str]:
    """The files of ``claimed`` that ``parser`` reads (a rule with a handler), not those it ignores on purpose."""
    try:
        rules = registry.create(parser)
    except Exception:  # (a guard of the output: a parser that cannot be made claims nothing it reads)
        return list(claimed)
    return [path for path in claimed if (rule := rules.classify(path)) is not None and rule.handler is not None]


def _refuse_output(target: OutputTarget, where: str, item: Path | str, *, another_way: bool = False) -> NoReturn:
    how = " (the same file or folder under another path: a mount, a link or another letter case)" if another_way \
        else ""
    raise UsageProblem(f"-o {target.display} {where} the input {item}{how}; dataexam never writes over an "
                       "export: choose another output path")


def _identity(path: str) -> tuple[int, int] | None:
    """``(st_dev, st_ino)`` of ``path`` (links followed), or ``None`` when it does not exist or cannot be seen."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _parent_identities(path: str) -> set[tuple[int, int]]:
    """The identities of ``path``'s existing parent folders, up to the root."""
    found: set[tuple[int, int]] = set()
    current = os.path.dirname(path)
    while True:
        ident = _identity(current or ".")
        if ident is not None:
            found.add(ident)
        parent = os.path.dirname(current)
        if parent == current or not current:
            return found
        current = parent


def _folded(name: str) -> str:
    """A file name as a case-insensitive, normalisation-insensitive file system compares it."""
    return unicodedata.normalize("NFC", name).casefold()


def _same_entry(out: str, src: str) -> bool:
    """Whether ``out`` and ``src`` (the same file) are one directory entry: the same folder and a name equal
    but for case and Unicode normalisation. (Another name of the same file is a hard link: renaming over it
    leaves the input as it was.)"""
    same_folder = _identity(os.path.dirname(out) or ".") == _identity(os.path.dirname(src) or ".")
    return same_folder and _folded(os.path.basename(out)) == _folded(os.path.basename(src))


def _links_to(folder: str, wanted: tuple[int, int]) -> bool:
    """Whether a symbolic link to a file inside ``folder`` (walked as :func:`dataexam.archive` reads a folder:
    folder links not followed, file links followed) leads to the file ``wanted`` (``(st_dev, st_ino)``).
    One ``scandir`` per folder; only the links are looked up."""
    pending = [folder]
    while pending:
        try:
            with os.scandir(pending.pop()) as entries:
                for entry in entries:
                    with contextlib.suppress(OSError):
                        if entry.is_symlink():
                            if _identity(entry.path) == wanted:
                                return True
                        elif entry.is_dir(follow_symlinks=False):
                            pending.append(entry.path)
        except OSError:  # a folder that cannot be listed: the run says so when it reads the input
            continue
    return False


def check_sqlite_target(target: OutputTarget) -> None:
    """SQLite needs a real file: refuse stdout, devices and pipes (UsageProblem, exit 2)."""
    if target.kind != "file":
        raise UsageProblem(f"SQLite output needs a regular file, not {target.display}: give -o FILE.db")


#: format name → how the summary line names it ("wrote 32 event(s) as JSON Lines to t.jsonl")
FORMAT_NAMES = {"jsonl": "JSON Lines", "csv": "CSV", "sqlite": "SQLite", "parquet": "Parquet", "json": "JSON",
                "markdown": "Markdown", "html": "HTML", "text": "text"}

#: compressed or packed output names: dataexam writes no compression (pipe its stdout into gzip/zstd)
_PACKED_SUFFIXES = (".gz", ".gzip", ".bz2", ".xz", ".lzma", ".zst", ".zstd", ".lz4", ".br", ".zip", ".7z", ".tar",
                    ".tgz")
_SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods", ".numbers")
_COLUMNAR = (".parquet", ".pq", ".feather", ".arrow", ".orc", ".avro")
_DOCUMENTS = (".pdf", ".docx", ".doc", ".odt", ".rtf")
#: output names a ``timeline`` writer cannot write, with what to do instead. Written as JSON Lines they were
#: a file its name misdescribes (the twenty-fourth pass's first tester: ``-o t.parquet``, ``-o t.json``, ``-o
#: t.xlsx`` and ``-o t.jsonl.gz`` were all uncompressed JSON Lines, and readers failed far from the cause).
TIMELINE_REFUSED = {
    ".json": "a .json file is one JSON value; the timeline is JSON Lines, one event a line: name it .jsonl "
             "(pandas.read_json(path, lines=True), jq) — `dataexam report -f json` is the report as JSON",
    **{s: "the timeline is written as JSON Lines (.jsonl), CSV (.csv), SQLite (.db) or Parquet (.parquet); pandas "
          "and DuckDB read each" for s in _COLUMNAR if s not in (".parquet", ".pq")},
    **{s: "spreadsheets open the timeline as CSV: name it .csv and add --excel" for s in _SPREADSHEETS},
    **{s: "that is a report's name: `dataexam report -o` writes .txt, .md, .html and .json" for s in
       (".md", ".markdown", ".html", ".htm", *_DOCUMENTS)},
}
#: the same for ``report``, whose text, Markdown, HTML and JSON under a data name were as misleading
REPORT_REFUSED = {
    **{s: "that is a timeline's name: `dataexam timeline -o` writes .jsonl, .csv, .db and .parquet" for s in
       (".jsonl", ".ndjson", ".csv", ".tsv", ".db", ".sqlite", ".sqlite3", *_COLUMNAR, *_SPREADSHEETS)},
    **{s: "the report is written as text (.txt), Markdown (.md), HTML (.html) or JSON (.json); print the "
          "HTML report from a browser for a PDF" for s in _DOCUMENTS},
}


def format_for(output: str | os.PathLike[str] | None, explicit: str | None, suffixes: dict[str, str],
               default: str, refused: dict[str, str] | None = None) -> str:
    """The output format: ``explicit`` if given, else the one the output name's suffix implies.

    Raises UsageProblem when ``explicit`` contradicts a known suffix (``-f csv -o me.db``), for a compressed
    or packed name (``.gz``, ``.zip``: dataexam compresses nothing, whatever ``-f`` says), and, without
    ``explicit``, for a suffix of ``refused`` (``timeline -o t.parquet``; suffix → what to do instead). Other
    unknown suffixes (``.txt`` for a timeline, ``.out``) and stdout leave the choice to ``explicit`` or
    ``default``. Suffixes are compared case-insensitively.
    """
    implied = None
    if output is not None and str(output) != "-":
        name = Path(output).name
        suffix = Path(output).suffix.lower()
        implied = suffixes.get(suffix)
        if suffix in _PACKED_SUFFIXES:
            raise UsageProblem(f"-o {name}: dataexam does not compress what it writes; write the plain file, or "
                               "pipe stdout into the compressor (`dataexam timeline … | gzip > t.jsonl.gz`)")
        if explicit is None and refused and suffix in refused:
            raise UsageProblem(f"-o {name}: cannot write {suffix} here: {refused[suffix]}")
    if explicit is not None:
        if implied is not None and implied != explicit:
            raise UsageProblem(f"-f {explicit} contradicts the output name {Path(output).name!r} "  # type: ignore[arg-type]
                               f"(which means {implied}); drop -f or rename the output")
        return explicit
    return implied or default


#: characters a name must not carry onto a terminal or a log line: C0 and C1 controls and DEL (a newline
#: forges a line, ESC starts a terminal sequence, U+009B is CSI on 8-bit terminals), the Unicode line and
#: paragraph separators, and the bidirectional embeddings, overrides and isolates (which reorder what follows)
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escaped_char(char: str) -> str:
    """One character as Python's ``repr`` writes it inside a string: ``"\\n"``, ``"\\r"``, ``"\\t"``, else
    ``"\\xNN"`` below U+0100 and ``"\\uNNNN"`` above (``"\\x1b"``, ``"\\u2028"``). The one escape of :func:`shown`
    (names on a terminal) and of ``wording.readable_text`` (export text in the report's readers)."""
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _escaped(match: re.Match[str]) -> str:
    return escaped_char(match.group())


def shown(text: str) -> str:
    """``text`` (a message, or a file or zip-member name in one) as it may be printed on a terminal: every
    control character written as Python's ``repr`` writes it (``\\n``, ``\\x1b``, ``\\u202e``), and bytes of
    a name that are not UTF-8 (held as lone surrogates) as ``\\xNN`` (:func:`dataexam.archive.printable_path`).

    File and zip-member names are the export's, or anyone's who put a file in the folder: a name holding a
    newline and ``ESC[2J`` printed raw cleared the screen and forged a ``dataexam: wrote …`` line (the
    twenty-fourth pass's first tester). The CLI passes every message, issue line, ``scan`` cell and
    ``describe`` line through this; the data outputs (JSON Lines, CSV, SQLite, JSON) keep names as they are.
    A backslash is kept as it is (Windows paths stay readable), so a name spelling ``\\n`` itself looks like
    an escaped newline.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _UNSHOWABLE.sub(_escaped, text)


class WholeWrites(io.RawIOBase):
    """A file descriptor that is written whole or not at all: a short write is continued until every
    byte is written, so a full disk's refusal (``ENOSPC``, ``EDQUOT``) is raised, never dropped.

    A disk with 172 KB left takes 172 KB of a 336 KB write and refuses only the next one; CPython's
    text and buffered writers over ``sys.stdout`` took the short count as the end of it, so
    ``report -f json > out.json`` on a nearly full disk wrote half a report and exited 0. The
    descriptor is neither duplicated nor closed here.
    """

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return os.isatty(self._fd)

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        done = 0
        while done < len(view):
            done += os.write(self._fd, view[done:])
        return done


def whole_writes_text(fd: int, *, encoding: str = "utf-8", errors: str = "strict", newline: str | None = None,
                      line_buffering: bool = False) -> io.TextIOWrapper:
    """A text stream over ``fd`` written through :class:`WholeWrites`."""
    return io.TextIOWrapper(io.BufferedWriter(WholeWrites(fd)), encoding=encoding, errors=errors, newline=newline,
                            line_buffering=line_buffering)


class _ClosedStdout(io.RawIOBase):
    """Standard output that was closed when the program started (``>&-``): writing to it is refused."""

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        raise StdoutClosed(_STDOUT_CLOSED)


_STDOUT_CLOSED = ("standard output is closed (the command was started with >&-), so what it prints there was "
                  "not written")
#: standard descriptors (0–2) that were closed when the CLI started (:func:`guard_standard_streams`)
_CLOSED_AT_START: set[int] = set()

# Messages on a standard error that cannot show every character (an ASCII or Latin-1 terminal, or a log
# under such a locale): the CLI's own punctuation becomes its ASCII stand-in, and anything else (a file
# name's letter, an emoji) a \xNN / \uNNNN escape as Python's default for stderr writes it.
_ASCII_STAND_INS = {"\u2014": "-", "\u2013": "-", "\u2012": "-", "\u2212": "-", "\u00d7": "x", "\u2026": "...",
                    "\u2192": "->", "\u2190": "<-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                    "\u2264": "<=", "\u2265": ">=", "\u2260": "!=", "\u00b7": "-", "\u2022": "*", "\u00a0": " "}
STAND_IN_ERRORS = "dataexam-stand-in"


def _stand_in(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    text = exc.object[exc.start:exc.end]
    return "".join(_ASCII_STAND_INS.get(c) or c.encode("ascii", "backslashreplace").decode("ascii")
                   for c in text), exc.end


codecs.register_error(STAND_IN_ERRORS, _stand_in)


def shows_unicode(stream: Any) -> bool:
    """Whether ``stream`` (a text stream) writes every character as itself: its encoding is UTF-8 or -16/-32."""
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


def guard_standard_streams() -> None:
    """Set up the CLI's standard streams (at start): descriptors 0–2 closed when the program started
    are held open on ``/dev/null`` so no file the run opens takes their number (a closed stdout once
    made the first file opened fd 1, where stdout's data would have gone); and ``sys.stdout`` becomes
    a :func:`whole_writes_text` stream on fd 1 — unless it is not a real descriptor (a test runner's
    capture) — or, when stdout was closed, one that refuses every write (:class:`StdoutClosed`).

    Redirected or piped, stdout carries data (JSON Lines, CSV, JSON, Markdown, HTML) and is UTF-8
    whatever the locale says, as JSON must be (RFC 8259 §8.1) and as jq, pandas and sqlite-utils
    read it: under ``LANG=…ISO-8859-1``, ``PYTHONIOENCODING=ascii`` or Windows' ANSI code page for a
    redirect, the first emoji of a post ended every such run with an internal error. On a terminal the
    terminal's own encoding is kept, and a character it cannot show is replaced, not fatal. On a
    standard error that cannot show every character, the CLI's punctuation is written as ASCII
    (``—`` as ``-``, ``…`` as ``...``) and other characters as escapes.
    """
    closed = _CLOSED_AT_START
    if sys.stderr is not None and not shows_unicode(sys.stderr) and hasattr(sys.stderr, "reconfigure"):
        with contextlib.suppress(ValueError, OSError):
            sys.stderr.reconfigure(errors=STAND_IN_ERRORS)
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            closed.add(fd)
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
    if 1 in closed:
        sys.stdout = io.TextIOWrapper(io.BufferedWriter(_ClosedStdout()), encoding="utf-8")
        return
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    like = sys.stdout
    like.flush()
    if os.isatty(fd):
        encoding = getattr(like, "encoding", None) or "utf-8"
        errors = "strict" if shows_unicode(like) else "replace"
    else:
        encoding, errors = "utf-8", "strict"
    sys.stdout = whole_writes_text(fd, encoding=encoding, errors=errors,
                                   line_buffering=bool(getattr(like, "line_buffering", False)))


def stdout_file() -> str | None:
    """The file standard output is redirected to (``> out.json``), else ``None`` (a terminal, a pipe, a
    socket, a closed stdout, or a system without ``/proc``): where a write to it found no room."""
    try:
        info = os.fstat(1)
        if not stat.S_ISREG(info.st_mode):
            return None
        path = os.readlink("/proc/self/fd/1")
    except OSError:
        return None
    return path if path.startswith("/") else None


def drop_stdout() -> None:
    """Send the rest of the output nowhere, quietly (the reader left, the disk is full, stdout was
    closed): fd 1 onto ``/dev/null`` and a new ``sys.stdout`` there, so what is still buffered is
    not a second error when the program ends."""
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.close(null)
        sys.stdout = whole_writes_text(1)


@contextlib.contextmanager
def open_binary(target: OutputTarget) -> Iterator[IO[bytes]]:
    """A binary stream for a ``stdout`` or ``stream`` target (Parquet), written straight through as
    :func:`open_text` writes there: stdout's buffer (flushed, not closed), or the device or pipe opened for writing.
    A regular file is the writer's own (written beside and renamed)."""
    if target.kind == "stdout":
        sys.stdout.flush()  # nothing text-buffered may follow the binary bytes
        out = getattr(sys.stdout, "buffer", None)
        if out is None:  # a stdout without a byte layer: fd 1 itself
            with open(1, "wb", closefd=False) as fh:
                yield fh
            return
        yield out
        out.flush()
        return
    assert target.kind == "stream" and target.path is not None
    try:
        fd = os.open(target.path, _stream_flags(target.path), 0o600)
    except OSError as exc:
        raise OutputError(f"{target.path}: cannot write here ({exc.strerror or type(exc).__name__})") from None
    with open(fd, "wb", closefd=True) as fh:
        yield fh


def _stream_flags(path: Path) -> int:
    """How a ``stream`` target is opened: a device or pipe for writing; a descriptor path that reaches a regular
    file (``-o /dev/stdout >> log.jsonl``, ``-o /dev/fd/1``) for appending, never truncated — reopening it with
    O_TRUNC wiped a file the shell had opened to append to (T27E M2)."""
    flags = os.O_WRONLY | getattr(os, "O_CLOEXEC", 0)
    try:
        regular = stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        regular = False
    return flags | os.O_APPEND if regular else flags | os.O_CREAT | os.O_TRUNC


@contextlib.contextmanager
def open_text(target: OutputTarget) -> Iterator[IO[str]]:
    """A text stream (UTF-8, no newline translation) for ``target``, written the safe way for its kind.

    ``file``: via a 0600 temporary file renamed on success (removed on any failure); ``stream``:
    opened for writing and written straight through; ``stdout``: ``sys.stdout`` (not closed).
    """
    if target.kind == "stdout":
        yield sys.stdout
        sys.stdout.flush()
        return
    assert target.path is not None
    if target.kind == "stream":
        try:
            fd = os.open(target.path, _stream_flags(target.path), 0o600)
        except OSError as exc:
            raise OutputError(f"{target.path}: cannot write here ({exc.strerror or type(exc).__name__})") from None
        try:
            with whole_writes_text(fd, newline="") as fh:  # UTF-8, as every file dataexam writes
                yield fh
        finally:
            os.close(fd)
        return
    from .writers import private_output

    with private_output(target.path) as fh:
        yield fh
