"""The ``dataexam`` command line: each command parses arguments, calls one API function, renders.

stdout carries data only; progress, warnings and errors go to stderr. Exit codes are
:class:`~dataexam.errors.ExitCode`. Tracebacks appear only with ``--debug`` and never show local
variables (they hold people's messages).
"""

from __future__ import annotations

import contextlib
import difflib
import errno
import fnmatch
import functools
import json
import logging
import os
import pickle
import re
import signal
import sys
import traceback
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import __version__, api, gcpolicy, jsonstream, memory, outputs, parallel
from .archive import (
    DEFAULT_LIMITS,
    ArchiveLimits,
    input_stat,
    input_zip_name,
    printable_path,
    release_kept_spills,
    spills_kept,
    zip_chain,
)
from .art9 import ART9_WORDS
from .dates import parse_time_bound
from .errors import (
    CorruptArchive,
    DataexamError,
    EncryptedArchive,
    ExitCode,
    HTMLExportError,
    NotAnArchive,
    NothingRecognised,
    OutputError,
    StdoutClosed,
    UsageProblem,
    no_room,
    no_room_reason,
)
from .events import ParseIssue
from .issue_codes import NOTHING_READ, IssueKind
from .parallel import MAIN_PROCESS_BYTES, ONE_TIMELINE_PROCESS_BYTES, WORKER_PROCESS_BYTES
from .parser import INPUT_CHANGED
from .tempdirs import MB

TOP_HELP = """See what Facebook, Twitter/X and Amazon could learn from your data exports.

Start with `dataexam demo`: it writes a fictional person's exports and shows the report built from
them. Then run `dataexam scan`, `dataexam timeline` or `dataexam report` on your own downloads.
`dataexam COMMAND -h` explains each command.
"""

app = typer.Typer(
    name="dataexam",
    help=TOP_HELP,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    add_completion=True,  # --install-completion / --show-completion (bash, zsh, fish, PowerShell)
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)

err = Console(stderr=True, highlight=False, soft_wrap=True)


class StdoutConsole(Console):
    """A rich Console on stdout whose broken pipe (``| head``) ends the run quietly with exit 0.

    rich's own handler exits with 1; raising BrokenPipeError instead lets :func:`handle_errors`
    end the run the same way for every output format.
    """

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError()


def stdout_console() -> Console:
    return StdoutConsole(highlight=False)


F = TypeVar("F", bound=Callable[..., Any])


class Terminated(BaseException):
    """Raised from the SIGTERM handler so cleanup (temp folders, partial files) runs."""


class _State:
    debug = False
    quiet = False
    limits: ArchiveLimits = DEFAULT_LIMITS


state = _State()


# -- output helpers ------------------------------------------------------------------------------

def warn(message: str) -> None:
    if not state.quiet:
        # every message through outputs.shown: a file or member name in it may hold a newline or a terminal
        # escape (the twenty-fourth pass's first tester), and rich markup ("[/b]") is the name's, not ours
        err.print(f"[yellow]dataexam: warning:[/] {_escape(outputs.shown(message))}", markup=True, highlight=False)


def error(message: str) -> None:
    # a path's bytes that are not UTF-8 (which Python holds as lone surrogates) are shown \xNN, as
    # everywhere else: stderr's own error handler wrote them \udcNN
    # (outputs.shown does so; it also escapes control characters, as warn)
    err.print(f"[red]dataexam: error:[/] {_escape(outputs.shown(message))}", markup=True, highlight=False)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def print_safe_traceback(exc: BaseException) -> None:
    """Print a traceback for ``--debug`` that cannot leak a person's data.

    Frames show file, line and source code only (never local variables). Exception *messages* are
    shown only for dataexam's own errors, whose words are ours; any other exception's message may
    quote a record (``KeyError('<a friend's name>')``, a ``ValueError`` echoing a value), so only
    its type is printed.
    """
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    chain: list[BaseException] = []
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    for n, item in enumerate(reversed(chain)):
        if n:
            lines.append("\nDuring handling of the above exception, another exception occurred:\n\n")
        lines.append("Traceback (most recent call last):\n")
        lines.extend(traceback.format_tb(item.__traceback__))
        name = f"{type(item).__module__}.{type(item).__qualname__}"
        if isinstance(item, DataexamError):
            lines.append(f"{name}: {item}\n")
        else:
            lines.append(f"{name} (message withheld: it may quote your data)\n")
    sys.stderr.write("".join(lines))


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated()


def handle_errors(func: F) -> F:
    """The one error boundary: library errors → one line on stderr and their exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        previous = None
        with contextlib.suppress(ValueError):  # not in the main thread (some test runners)
            previous = signal.signal(signal.SIGTERM, _on_sigterm)
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", jsonstream.PureBackendWarning)
                result = func(*args, **kwargs)
            for w in caught:
                warn(str(w.message))
            return result
        except typer.Exit:
            raise
        except DataexamError as exc:
            if state.debug:
                print_safe_traceback(exc)
            error(str(exc))
            if isinstance(exc, StdoutClosed):
                outputs.drop_stdout()  # its buffer is not a second error at exit
            raise typer.Exit(int(exc.exit_code)) from None
        except KeyboardInterrupt:
            err.print("dataexam: interrupted", highlight=False)
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        except Terminated:  # said like an interrupt, so a log shows why the output is missing (T28B L6)
            err.print("dataexam: terminated", highlight=False)
            raise typer.Exit(int(ExitCode.TERMINATED)) from None
        except BrokenPipeError:
            # `dataexam timeline … | head`: the reader left; end quietly
            outputs.drop_stdout()
            raise typer.Exit(int(ExitCode.SUCCESS)) from None
        except OSError as exc:
            if exc.errno in (errno.EMFILE, errno.ENFILE):
                if state.debug:
                    print_safe_traceback(exc)
                error(_too_many_files(exc))
                raise typer.Exit(int(ExitCode.ERROR)) from None
            if not no_room(exc):
                _internal_error(exc)
            # a disk full where nothing named it (stdout redirected to a file, demo's exports): the files
            # written with -o and the sort runs say which (OutputError, TempSpaceFull)
            if state.debug:
                print_safe_traceback(exc)
            _no_room_error(exc)
            raise typer.Exit(int(ExitCode.ERROR)) from None
        except Exception as exc:
            _internal_error(exc)
        finally:
            release_kept_spills()  # (--keep-going's copies of zips inside zips a stopped run never read)
            if previous is not None:
                with contextlib.suppress(ValueError):
                    signal.signal(signal.SIGTERM, previous)

    return wrapper  # type: ignore[return-value]


def _too_many_files(exc: OSError) -> str:
    """The message for a run that could open no more files: the sort's merge reads many runs at once
    (:func:`dataexam.normalise.fan_in` keeps below the limit it reads at the start, but other files and
    a limit lowered meanwhile count too)."""
    if exc.errno == errno.ENFILE:
        return ("the system has too many files open (ENFILE: its limit for all processes is reached); "
                "close other programs, or raise fs.file-max, and run again")
    from .normalise import open_files_limit

    soft = open_files_limit()
    limit = f" (`ulimit -n` says {soft})" if soft is not None else ""
    return (f"too many files open: this process's limit on open files{limit} is too low for this run; raise it "
            "(e.g. `ulimit -n 1024`) and run again, or give fewer inputs at once")


def _no_room_error(exc: OSError) -> None:
    # a write that names no file was stdout's: the file it is redirected to says which file system is full
    where = None if exc.filename else outputs.stdout_file()
    error(f"no room left to write the output ({no_room_reason(exc, where)}); what was written is incomplete")
    outputs.drop_stdout()  # the rest of stdout's buffer cannot be written either: not a second error at exit


def _internal_error(exc: BaseException) -> NoReturn:
    if state.debug:
        print_safe_traceback(exc)  # code lines only: never local variables or data
    else:
        # --debug is the program's own option, before the command (`batch … --debug` is "No such option")
        error(f"internal error ({type(exc).__name__}); run again as `dataexam --debug …` for details "
              "and report it (see SECURITY.md before sharing anything from your export)")
    raise typer.Exit(int(ExitCode.ERROR)) from None


def _at_least(lowest: float) -> Callable[[Any], Any]:
    """A bound check whose help stays plain words (click's own ranges print ``x>=1``)."""

    def check(value: Any) -> Any:
        if value is not None and value < lowest:
            raise typer.BadParameter(f"must be at least {lowest:g}")
        return value

    return check


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dataexam {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks (never local variables).")] = False,
    max_member_size: Annotated[int, typer.Option(
        help="Largest uncompressed zip member to read, in MiB.", callback=_at_least(1), metavar="MIB")]
    = DEFAULT_LIMITS.max_member_bytes // 2**20,
    max_ratio: Annotated[float, typer.Option(
        help="Highest compression ratio accepted for a zip member.", callback=_at_least(1), metavar="RATIO")]
    = DEFAULT_LIMITS.max_ratio,
    max_nesting: Annotated[int, typer.Option(
        help="Deepest zip-inside-zip nesting to open.", callback=_at_least(1), metavar="N")]
    = DEFAULT_LIMITS.max_nesting,
    max_string_size: Annotated[int, typer.Option(
        help="Longest JSON string value to read, in MiB.", callback=_at_least(1), metavar="MIB")]
    = DEFAULT_LIMITS.max_string_bytes // 2**20,
    max_json_depth: Annotated[int, typer.Option(
        help="Deepest nesting of JSON arrays/objects to read.", callback=_at_least(1), metavar="N")]
    = DEFAULT_LIMITS.max_json_depth,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    state.debug = debug
    state.limits = ArchiveLimits(max_member_bytes=max_member_size * 2**20, max_ratio=max_ratio,
                                 max_nesting=max_nesting, max_string_bytes=max_string_size * 2**20,
                                 max_json_depth=max_json_depth)
    logging.basicConfig(level=logging.WARNING, format="dataexam: %(message)s", stream=sys.stderr)


# -- shared pieces ---------------------------------------------------------------------------------



def _input_path(value: str) -> Path:
    """One input as given: a path that names a file "-" in another way than "-" itself (``./-``) is kept apart from
    "-", the Unix name of standard input (``Path("./-")`` is ``Path("-")``): T30C C4, ``scan ./-`` was told that
    standard input is not read and to write ``./-``, the form given. It becomes the absolute path, so a missing file
    is said to be missing."""
    path = Path(value)
    if value != "-" and path == Path("-"):
        return Path.cwd() / "-"
    return path


Paths = Annotated[list[Path], typer.Argument(help="Export zips, folders or files (several = one run).",
                                             show_default=False, metavar="PATH...", parser=_input_path)]
SourceOpt = Annotated[str | None, typer.Option(
    "--source", metavar="NAME", help="Read every input with this parser instead of detecting it: facebook, "
    "twitter (or x), amazon or a plugin's name; case-insensitive (`dataexam parsers` lists them).")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Exit with code 4 if any parse issue occurred.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress, no warnings and no summary on stderr.")]
KeepGoingOpt = Annotated[bool, typer.Option(
    "--keep-going", help="Skip an input that is no known export (one warning each) instead of stopping; "
    "exit 3 only if no input was recognised.")]
OutputOpt = Annotated[str | None, typer.Option(
    "--output", "-o", metavar="FILE", help="Write to FILE instead of stdout ('-' = stdout). A file is replaced only "
    "when the run succeeds; a device or pipe (/dev/null, a FIFO) is written straight through.")]
SinceOpt = Annotated[str | None, typer.Option(
    "--since", metavar="WHEN", help="Only events at or after WHEN: a year (2024 = 2024-01-01), year-month "
    "(2024-03), ISO date or time (2024-03-05, 2024-03-05T10:00+01:00; no zone = UTC), or back from now: "
    "30d, 2w, 6mo, 1y, '30 days ago'.")]
UntilOpt = Annotated[str | None, typer.Option(
    "--until", metavar="WHEN", help="Only events before WHEN (same forms as --since; --until 2010 means before "
    "2010-01-01).")]
DayFirstOpt = Annotated[bool | None, typer.Option(
    "--dayfirst/--monthfirst", show_default=False,
    help="Read a numeric date such as 1/2/2024 as 1 February (--dayfirst) or 2 January (--monthfirst); "
    "without either, such a date is refused as ambiguous.")]
KindOpt = Annotated[list[str] | None, typer.Option(
    "--kind", metavar="KIND", help="Only events of this kind, e.g. twitter.tweet; repeatable, comma lists and "
    "globs ('facebook.*'). `dataexam parsers --json` and docs/kinds.md list every kind; an opt-in kind "
    "(twitter.dm_event) is given only where named exactly.")]

JobsOpt = Annotated[int | None, typer.Option(
    "--jobs", "-j", metavar="N", show_default=False,
    help="Read the exports in N worker processes (default: one per CPU this run may use, a container's "
    "CPU quota included, as many as its memory holds; 1 = one process). "
    "The output is the same for every N.")]

PerAccountOpt = Annotated[bool, typer.Option(
    "--per-account", help="Inputs holding exports of several accounts of one source (two people): go on "
    "instead of stopping with exit code 2 (report: one report per account).")]

#: --source aliases (the service's other name)
SOURCE_ALIASES = {"x": "twitter", "twitter-x": "twitter", "meta": "facebook", "messenger": "facebook"}


@contextlib.contextmanager
def _progress(stats: api.RunStats, label: str) -> Iterator[None]:
    """A live event counter on stderr, only when stderr is a terminal and not --quiet."""
    if state.quiet or not err.is_terminal:
        yield
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    # an ASCII terminal gets -\|/ rather than braille escapes (its "…" is stderr's stand-in: "...")
    spinner = "dots" if outputs.shows_unicode(sys.stderr) else "line"
    with Progress(SpinnerColumn(spinner), TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                  transient=True) as progress:
        task = progress.add_task(f"{label}: reading…", total=None)
        stats.on_event = lambda n: progress.update(task, description=f"{label}: {n:,} events read")
        yield


def _summarise_issues(stats: api.RunStats, strict: bool, redact: bool = False) -> None:
    """The run's warnings and parse issues on stderr; with ``redact`` (``report --redact``) each file is named by its
    masked path as ``describe`` names it (``<name-1>/…/inbox/<name-2>/message_#.json``): a Messenger thread's folder
    and a Facebook download's folder carry people's names, and a run's stderr is pasted into bug reports (T33A M7).
    Under ``redact`` the issues' own wordings and the warnings are not printed either (a damaged member's message
    quotes its path, a skipped file is named: "…_passport.pdf"; T33B H1): each issue line gives its file, count and
    code, and the warnings their count."""
    if redact and stats.warnings and not state.quiet:
        n = len(stats.warnings)
        warn(f"{n} warning{'s' if n != 1 else ''} not shown under --redact (they name files); run without "
             "--redact to read them")
    for message in () if redact else stats.warnings:
        warn(message)
    if stats.issue_count and not state.quiet:
        # "records before each fault were kept" only where a fault had records before it: a file unreadable from its
        # first byte (a binary tweets.js: "… nothing was read") kept none (T39 L2)
        # one binary file beside one cut file (T39B): the claim is made with the count of faults that had none
        # a zip cut inside a file's data is one issue, its truncated-zip line saying after which record of the file
        # (INP50: "2 parse issue(s)" of one cut; INP51: one line, not two counted once)
        warn(f"{stats.issue_count} parse issue(s){_issues_claim(stats)}")
        mask = None
        if redact:
            from .describe import path_masker

            mask = path_masker(_load_registry())
        # several exports or zips read: each line names the zip or folder its file is in (T45: two flat X zips'
        # like.js, one cut and one of another count, said "like.js" twice and neither zip)
        several = len(stats.exports) > 1 or any(len(e.locations) > 1 for e in stats.exports)
        for (place, code), n in stats.issue_summary.most_common(20):  # place: the member, or the whole archive
            kept = [i for i in stats.issues if i.place == place and i.code == code]
            # an issue of a whole export found inside an input is named by its path inside that input (T27A L3)
            where = place if not kept or kept[0].member else _archive_shown(stats, kept[0].archive)
            if mask is not None:
                where = mask(where.replace(os.sep, "/"))
            if mask is not None:  # the file, the count and the code only (T33B H1)
                err.print(outputs.shown(f"  {where}: {n} × {code}"), highlight=False, markup=False)
                continue
            zips = sorted({i.archive for i in kept}) if kept and kept[0].member else []
            if len(zips) < 2:
                _print_issues(_member_shown(stats, where, zips[0], several) if zips else where, n, code, kept)
                continue
            # one file name in two inputs (two flat X zips' like.js): each named with its zip, as the report's notes
            # name it (T44B: "like.js: 2 × count-mismatch" said neither)
            for archive in zips:
                mine = [i for i in kept if i.archive == archive]
                _print_issues(_member_shown(stats, where, archive, True), len(mine), code, mine)
            if n > len(kept):  # issues past the kept ones: their zips are not known
                err.print(outputs.shown(f"  {where}: {n - len(kept)} more × {code}"), highlight=False, markup=False)
        hidden = len(stats.issue_summary) - 20
        if hidden > 0:
            err.print(f"  … and {hidden} more file/issue combinations", highlight=False)
    changed = sum(1 for (_member, code) in stats.issue_summary if code in INPUT_CHANGED)  # files, not reads
    if changed:  # an input changed under the run: its output is incomplete, as if an input were missing
        inputs = sorted({i.archive for i in stats.issues if i.code in INPUT_CHANGED})
        error(f"{changed} file(s) or folder(s) of {', '.join(inputs) or 'the inputs'} were moved, deleted or "
              "changed while the run read them; what was read is written, without their records — run "
              "again on a complete copy that nothing is writing to")
        raise typer.Exit(int(ExitCode.ERROR))
    if strict and stats.issue_count:
        raise typer.Exit(int(ExitCode.PARSE_ISSUES))


def _issues_claim(stats: api.RunStats) -> str:
    """What the parse issues' header line says of them, after "3 parse issue(s)", from every issue's kind (counted as
    it was raised, past the issues kept: ``RunStats.issue_kinds``): that records
    before each fault were kept — only where a fault had records before it (a file unreadable from its first byte, a
    binary tweets.js "… nothing was read", kept none: T39 L2, T39B) — and that a count note is no fault in reading
    (T45: a manifest's unreadable count was headed "records before each fault were kept"), nor an issue of a single
    record the file was read on past (T46 M1: two files each with one message time of 1e400, both read to their end,
    were headed "records before each fault were kept"); each issue's kind is :func:`~dataexam.issue_codes.issue_kind`'s
    (T46C: a cut zip's missing-part, files not read, was "no fault in reading")."""
    # every issue's kind, counted as it was raised (INP48: from the 1,000 kept of 1,200, "1000 of the issues are a
    # single record's" under "records before each fault were kept", with no fault)
    kinds, total = stats.issue_kinds, stats.issue_count
    notes, read_on = kinds[IssueKind.NOTE], kinds[IssueKind.READ_ON]
    if total and notes == total:
        return ", no fault in reading: every file given was read to its end:"
    if total and notes + read_on == total:
        return ", every file given was read to its end:"
    faults = total - notes - read_on
    # a fault of which nothing was read: before its file's first record, a part lost in a cut zip, a file skipped
    unread = kinds[NOTHING_READ]
    others = [f"{notes} of the issues {'is' if notes == 1 else 'are'} no fault in reading (the file was read to its "
              "end)"] if notes else []
    others += [f"{read_on} of the issues {'is' if read_on == 1 else 'are'} a single record's (the file was read on "
               "past it)"] if read_on else []
    also = f", and {' and '.join(others)}" if others else ""
    if unread == faults:
        between = [f"{notes} of them no fault in reading"] if notes else []
        between += [f"{read_on} of them a single record's"] if read_on else []
        return f" ({', '.join(between)}):" if between else ":"
    if unread:
        return (f"; records before each fault were kept ({unread} of the faults came before any record of their "
                f"file){also}:")
    return f"; records before each fault were kept{also}:"


def _print_issues(where: str, n: int, code: str, kept: list[ParseIssue]) -> None:
    """The summary lines of ``n`` issues of ``code`` in the file ``where`` (``kept``: those of them kept): one line
    for one wording, else a line per wording (five at most) and a count of the rest."""
    by_message = Counter(i.message for i in kept)
    if len(by_message) <= 1:  # one wording: one line
        example = kept[0] if kept else None
        detail = f" — {example.message}" if example else ""
        position = _issue_position(example, n)
        err.print(outputs.shown(f"  {where}{position}: {n} × {code}{detail}"), highlight=False, markup=False)
        return
    # several wordings under one code (a DM file's conversations that are not objects and those whose messages are
    # not a list): each said with its own count, not the first one's for all
    for message, k in by_message.most_common(5):
        first = next(i for i in kept if i.message == message)
        err.print(outputs.shown(f"  {where}{_issue_position(first, k)}: {k} × {code} — {message}"),
                  highlight=False, markup=False)
    rest = n - sum(k for _m, k in by_message.most_common(5))
    if rest > 0:
        err.print(outputs.shown(f"  {where}: {rest} more × {code}"), highlight=False, markup=False)


def _member_shown(stats: api.RunStats, member: str, archive: str, several: bool) -> str:
    """A member's issue line's name for the file: in a zip inside a zip (a part zip in a zip of part zips, at any
    depth) the whole chain from the input as given, as the issue's own wording names it ("deep.zip → bundle.zip →
    facebook-a-part2.zip → posts/your_posts_1.json"; INP58, T54B 8: "posts/your_posts_1.json in
    facebook-a-part2.zip" named the innermost zip only, whichever bundle it came from), and in a zip given or found
    in the folder given its zip ("x1.zip → data/like.js"; INP59, T56A 10: a zip given alone was left out, "like.js in
    x1.zip" with several, T45); in a folder given, with ``several`` exports read, "like.js in downloads"; else the
    member alone."""
    chain = _zip_chain_of(stats, archive)
    if chain:
        return " → ".join((*chain, member))
    # a zip given, or read in place in the folder given: named too (INP59, T56A 10: "d1.zip →" was left out at depth
    # 1, the file named "posts/your_posts_1.json", or "d1/posts/your_posts_1.json" in a folder)
    for export in stats.exports:
        if export.archive.name == archive:
            base = input_zip_name(export.archive.inputs)
            names = zip_chain(member, export.archive.mounts, base)
            if len(names) > 1 or base:
                return " → ".join(names if names[: len(base)] == list(base) else [*base, *names])
            break
    if archive.lower().endswith(".zip") and os.path.isfile(archive):  # a zip given, a part of a download in several
        return f"{_input_name(archive)} → {member}"
    return f"{member} in {_input_name(archive)}" if several else member


def _zip_chain_of(stats: api.RunStats, archive: str) -> tuple[str, ...]:
    """The zips an export's archive lies in, outermost first, named from the input given: ``("deep.zip",
    "bundle.zip", "facebook-a-part2.zip")`` for ``…/deep.zip/bundle.zip/facebook-a-part2.zip``; a folder given is
    not named (its zips are: ``("outer.zip", "part1.zip")``); ``()`` when the archive is no found export's part."""
    for export in stats.exports:
        for given, inside in export.locations:
            if not inside:
                continue
            parts = tuple(p for p in re.split(r"[/\\]", inside) if p)
            if os.path.join(given, *parts) != archive and f"{given.rstrip('/')}/{'/'.join(parts)}" != archive:
                continue
            return ((_input_name(given),) if os.path.isfile(given) else ()) + parts
    return ()


def _input_name(archive: str) -> str:
    """The zip or folder an issue's file is in (``ParseIssue.archive``), by its own name."""
    return os.path.basename(archive.rstrip("/\\")) or archive


def _archive_shown(stats: api.RunStats, archive: str) -> str:
    """An export's name in the issue summary: for one found inside an input (a zip in the folder given), its path
    inside that input, as a member's issue names its file (``facebook-mia.zip``, beside ``amazon.zip``; it was the
    whole path as given for one and the bare name for the other: T27A L3); the input as given otherwise."""
    for export in stats.exports:
        if export.name == archive:
            inside = [shown for _given, shown in export.locations]
            if inside and all(inside):
                return " + ".join(inside)
            break
    # a zip of the folder given that is no export of its own (locked, cut, empty: filed under its own path since
    # the scan helper's T26C M2): named inside that folder too
    # (INP60, T57B 3: "facebook-a-part2.zip: 1 × corrupt-zip" named neither the zip given nor, deeper, the chain —
    # "bundle.zip/facebook-a-part2.zip"): named through every zip from the input given, "junk.zip →
    # facebook-a-part2.zip", "cut.zip → bundle.zip → facebook-a-part2.zip"
    for export in stats.exports:
        for given, _shown in export.locations:
            prefix = given.rstrip("/\\") + os.sep
            if archive.startswith(prefix) and len(archive) > len(prefix):
                return _chain_shown(given, archive[len(prefix):])
    return archive


def _chain_shown(given: str, inside: str) -> str:
    """A path ``inside`` the input ``given`` named through the zips it lies in: ``"bundle.zip/part2.zip"`` in the zip
    ``cut.zip`` → ``"cut.zip → bundle.zip → part2.zip"``; in a folder given, ``"sub/bundle.zip/part2.zip"`` →
    ``"sub/bundle.zip → part2.zip"`` (a folder given is not named)."""
    links: list[str] = []
    segment: list[str] = []
    for part in (p for p in re.split(r"[/\\]", inside) if p):
        segment.append(part)
        if part.lower().endswith(".zip"):
            links.append("/".join(segment))
            segment = []
    if segment:
        links.append("/".join(segment))
    if os.path.isfile(given):
        links.insert(0, _input_name(given))
    return " → ".join(links)


def _issue_position(issue: ParseIssue | None, n: int) -> str:
    """Where an issue is, for the summary line: ``" (record 3)"`` or ``" (after 4 records)"`` for one, ``" (first at
    record 3)"`` or ``" (the first after 4 records)"`` for several."""
    if issue is None or not issue.position:
        return ""
    if n == 1:
        return f" ({issue.position})"
    return f" (the first {issue.position})" if issue.position.startswith(("after ", "before ")) \
        else f" (first at {issue.position})"


def _time_range(since: str | None, until: str | None, dayfirst: bool | None) -> tuple[datetime | None,
                                                                                      datetime | None]:
    """Read --since/--until (:mod:`dataexam.dates`); a range that ends before it starts is a usage error."""
    now = datetime.now(UTC)  # one anchor for both relative values

    def read(value: str | None, name: str) -> datetime | None:
        if value is None:
            return None
        notes: list[str] = []  # a value read otherwise than written (a day whose midnight the clock skips)
        try:
            bound = parse_time_bound(value, now=now, dayfirst=dayfirst, notes=notes)
        except (ValueError, OverflowError) as exc:
            raise UsageProblem(f"{name}: {exc}") from None
        for note in notes:
            warn(f"{name}: {note}")
        return bound

    since_dt, until_dt = read(since, "--since"), read(until, "--until")
    if since_dt is not None and until_dt is not None and since_dt >= until_dt:
        raise UsageProblem(f"--since {since} ({_iso(since_dt)}) is not before --until {until} ({_iso(until_dt)}): "
                           "the range is empty")
    return since_dt, until_dt


def _iso(value: datetime) -> str:
    return f"{value.year:04d}-{value:%m-%d %H:%M} UTC"  # strftime's %Y gives year 1 as "1" on Linux


def _load_registry() -> Any:
    from .registry import load_registry

    registry = load_registry()
    for message in registry.warnings:
        warn(message)
    return registry


def _check_source(source: str | None, registry: Any) -> str | None:
    """The installed parser ``--source`` names (case-insensitive; ``x`` = twitter), or a usage error
    listing the close matches."""
    if source is None:
        return None
    names = {name.lower(): name for name in registry.names()}
    wanted = source.strip().lower()
    wanted = SOURCE_ALIASES.get(wanted, wanted) if wanted not in names else wanted
    if wanted in names:
        return names[wanted]
    close = difflib.get_close_matches(wanted, list(names) + list(SOURCE_ALIASES), n=3, cutoff=0.5)
    close = list(dict.fromkeys(names.get(SOURCE_ALIASES.get(c, c), c) for c in close))
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    raise UsageProblem(f"--source {source}: no such parser is installed{hint} (installed: "
                       f"{', '.join(sorted(names.values()))}; see `dataexam parsers`)")


def _check_kinds(kinds: list[str] | None, registry: Any) -> list[str] | None:
    """``--kind`` values as patterns; each must match at least one kind an installed parser emits,
    else a usage error listing close matches (``tweet`` → ``twitter.tweet``)."""
    if not kinds:
        return None
    known = sorted({k for name in registry.names() for k in registry.parsers[name].kinds})
    opt_in = {k for name in registry.names() for k in registry.parsers[name].cls.opt_in_kinds}
    patterns = [k.strip() for spec in kinds for k in spec.split(",") if k.strip()]
    if not patterns:  # `--kind "$KINDS"` with the variable unset meant every kind, silently (T28B L3)
        raise UsageProblem(f"--kind {kinds[0]!r}: names no kind; leave --kind out for every kind")
    for pattern in patterns:
        matched = [k for k in known if fnmatch.fnmatchcase(k, pattern)]
        if matched and (pattern in matched or any(k not in opt_in for k in matched)):
            continue
        if matched:  # a glob that matches only opt-in kinds would give nothing (Parser.opt_in_kinds)
            raise UsageProblem(f"--kind {pattern}: matches only {', '.join(matched)}, given only where named "
                               f"exactly (--kind {matched[0]})")
        bare = pattern.lower().rsplit(".", 1)[-1].rstrip("s")  # "tweets" / "twitter.tweets" → twitter.tweet
        close = [k for k in known if k.rsplit(".", 1)[-1].rstrip("s") == bare]
        close += difflib.get_close_matches(pattern.lower(), known, n=3, cutoff=0.75)
        close = list(dict.fromkeys(close))[:5]
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UsageProblem(f"--kind {pattern}: no installed parser emits such a kind{hint} "
                           "(`dataexam parsers --json` and docs/kinds.md list every kind)")
    return patterns


def _recognised_only(paths: list[Path], source: str | None, registry: Any,
                     skipped: list[tuple[Path, str, str | None]] | None = None) -> list[Path]:
    """--keep-going: the inputs some parser recognises; each other one — no export, an HTML export, no zip, a zip
    damaged or password-protected as a whole — is skipped with one warning (and added to ``skipped`` as
    ``(path, why, issue code)``, for ``scan`` to list; the code, ``encrypted-zip`` or ``corrupt-zip``, only for a
    zip that cannot be read, as a locked or damaged zip found inside a folder is listed).

    Raises NothingRecognised (exit 3) when none is left. Detection runs once more per input when
    the real run opens them (it reads directory entries and a few small files, not the records); a zip inside a zip
    inflated here is kept for that opening to read (:func:`dataexam.archive.spills_kept`), not inflated again (INP59).
    """
    kept = []
    for path in paths:
        try:
            with spills_kept():
                exports = api.open_exports([path], source=source, limits=state.limits, registry=registry)
                api.close_exports(exports)
        except (NothingRecognised, HTMLExportError, NotAnArchive, CorruptArchive) as exc:
            # CorruptArchive: a damaged zip, or a password-protected one (EncryptedArchive) — unreadable as a
            # whole, so skipped like an input that is no export (the twenty-fourth pass's tester: it stopped the run)
            warn(f"skipped {exc}")
            if skipped is not None:
                why = str(exc)
                code = ("encrypted-zip" if isinstance(exc, EncryptedArchive) else
                        "corrupt-zip" if isinstance(exc, CorruptArchive) else None)
                skipped.append((path, why[len(str(path)) + 2:] if why.startswith(f"{path}: ") else why, code))
            continue
        kept.append(path)
    if not kept:
        raise NothingRecognised(f"none of the {len(paths)} input(s) is a recognised export")
    return kept


def _inputs(paths: list[Path], source: str | None, keep_going: bool, registry: Any) -> list[Path]:
    """The inputs a run reads: with --keep-going the recognised ones, else all of them, each checked to be
    there first — a missing input is said before any warning about the run's processes or memory."""
    if keep_going:
        return _recognised_only(paths, source, registry)
    for path in paths:
        input_stat(path)
    return paths


def _wrote(target: outputs.OutputTarget, what: str, stats: api.RunStats, extra: str = "") -> None:
    """The one stderr line after writing with -o: what went where."""
    if state.quiet or target.kind == "stdout":
        return
    details = [f"{stats.merge.duplicates:,} duplicate(s) dropped", f"{stats.issue_count:,} parse issue(s)"]
    if extra:
        details.insert(0, extra)
    err.print(f"dataexam: wrote {what} to {outputs.shown(target.display)} ({', '.join(details)})", highlight=False,
              markup=False)


# -- commands ------------------------------------------------------------------------------------------

class TimelineFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    sqlite = "sqlite"
    parquet = "parquet"
    # the -o suffixes' names, so `-f ndjson` and `-f db` mean what `-o t.ndjson` and `-o t.db` mean
    ndjson = "ndjson"
    db = "db"
    sqlite3 = "sqlite3"
    pq = "pq"


def _format_name(fmt: StrEnum | None, suffixes: dict[str, str]) -> str | None:
    """The canonical format of a ``-f`` value: a suffix's name (``md``, ``txt``, ``db``) is its format."""
    return None if fmt is None else suffixes.get("." + fmt.value, fmt.value)


@app.command(short_help="Write one timeline of every input: JSON Lines, CSV, SQLite, Parquet.")
@handle_errors
def timeline(
    paths: Paths,
    fmt: Annotated[TimelineFormat | None, typer.Option(
        "--format", "-f", metavar="FORMAT", show_default=False, case_sensitive=False,
        help="jsonl (the default; also ndjson), csv, sqlite (db) or parquet (pq). Without -f the -o name decides: "
             ".jsonl/.ndjson, .csv, .db/.sqlite/.sqlite3, .parquet/.pq.")] = None,
    output: OutputOpt = None,
    append: Annotated[bool, typer.Option("--append", help="SQLite: add to dataexam's events in an existing "
                                         "database (records already there are skipped and keep their older "
                                         "download's wording) instead of replacing them.")] = False,
    excel: Annotated[bool, typer.Option("--excel", help="CSV for spreadsheets: a byte-order mark, and cells "
                                        "starting with = + - @ prefixed with ' (no formula runs).")] = False,
    since: SinceOpt = None,
    until: UntilOpt = None,
    dayfirst: DayFirstOpt = None,
    source: SourceOpt = None,
    kind: KindOpt = None,
    keep_going: KeepGoingOpt = False,
    strict: StrictOpt = False,
    quiet: QuietOpt = False,
    per_account: PerAccountOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """Write the unified timeline of every input: UTC, de-duplicated, chronological.

    Example: dataexam timeline twitter.zip facebook.zip -o me.db
    """
    state.quiet = quiet
    target = outputs.classify(output)
    outputs.check_not_an_input(target, paths)  # first: "-o the input" is said whatever its name
    chosen = outputs.format_for(output, _format_name(fmt, outputs.TIMELINE_SUFFIXES), outputs.TIMELINE_SUFFIXES,
                                "jsonl", outputs.TIMELINE_REFUSED)
    if chosen == "sqlite":
        outputs.check_sqlite_target(target)
    if chosen == "parquet":
        from . import parquet_out

        parquet_out.check_target(target.kind, target.path)  # a terminal only is refused
    if append and chosen != "sqlite":
        raise UsageProblem("--append works with SQLite output only (-o FILE.db)")
    if excel and chosen != "csv":
        raise UsageProblem("--excel works with CSV output only (-f csv or -o FILE.csv)")
    since_dt, until_dt = _time_range(since, until, dayfirst)
    registry = _load_registry()
    outputs.check_not_in_export_of(target, paths, registry)
    source = _check_source(source, registry)
    kinds = _check_kinds(kind, registry)
    paths = _inputs(paths, source, keep_going, registry)
    from . import writers

    stats = api.RunStats()
    # Each event is encoded once, as it is read, into the writer's own row; the rows are what gets
    # sorted and merged (no pickling of events, no second pass of encoding).
    jsonl = chosen == "jsonl"
    encode = writers.jsonl_line if jsonl else writers.sqlite_row
    if chosen == "parquet":
        from .parquet_out import parquet_row

        encode = parquet_row
    rows = api.timeline_encoded(paths, encode, source=source,
                                kinds=kinds, since=since_dt, until=until_dt, limits=state.limits,
                                registry=registry, stats=stats, per_account=per_account,
                                jobs=_jobs(jobs, ONE_TIMELINE_PROCESS_BYTES))
    flat = None if jsonl else map(pickle.loads, rows)
    extra = ""
    # closing(): the temporary sort folder goes as soon as writing stops, also on an error or Ctrl-C
    with contextlib.closing(rows), _progress(stats, "timeline"):
        if chosen == "sqlite":
            assert target.path is not None and flat is not None
            result = writers.write_sqlite_rows(flat, target.path, append=append,
                                               inputs=[printable_path(Path(p).name) for p in paths],
                                               accounts=lambda: _run_accounts(stats),
                                               account_aliases=lambda: _run_account_aliases(stats),
                                               account_ids=lambda: _run_account_ids(stats),
                                               several_accounts=per_account,
                                               row_accounts=lambda: api.record_accounts(stats.exports),
                                               window=(since_dt, until_dt))
            written = result.written
            if append:
                extra = f"{result.already_present:,} already in the database"
            if result.dropped_objects:
                warn(f"{target.path}: the events table was written anew (without --append), and SQLite could not "
                     f"recreate on it your {'; '.join(result.dropped_objects)}: a column you added to events is not "
                     "kept by a rewrite (keep your own columns in a table of yours, joined on events.key)")
            if result.unchecked:
                warn(f"{target.path} was written by an older dataexam, which kept no record of whose exports it "
                     f"holds: whether these inputs' {', '.join(result.unchecked)} records are the same person's could "
                     "not be checked (write a new database to have it checked)")
        elif chosen == "parquet":
            from .parquet_out import write_parquet_rows, write_parquet_to

            assert flat is not None
            if target.kind == "file":
                assert target.path is not None
                written = write_parquet_rows(flat, target.path)
            else:  # a redirected stdout, a pipe or a device: front to back (T26C L3: `> c.parquet` was refused)
                with outputs.open_binary(target) as fh:
                    written = write_parquet_to(flat, fh)
        else:
            with outputs.open_text(target) as fh:
                written = writers.write_lines(rows, fh) if flat is None else \
                    writers.write_csv_rows(flat, fh, excel=excel)
    if written == 0 and not kinds and not append and (since_dt is not None or until_dt is not None):
        # said like a --kind that lets nothing through (T28B L2: `--since 2030` on a 2024 export said nothing)
        bounds = " and ".join(f"{name} {value} ({_iso(when)})" for name, value, when in
                              (("--since", since, since_dt), ("--until", until, until_dt)) if when is not None)
        span = stats.time_span
        # the inputs' own span as UTC dates (a time of day would date one record to the minute)
        warn(f"{bounds}: no event matched: " + (f"the inputs' events run {span[0]:%Y-%m-%d} … {span[1]:%Y-%m-%d}"
                                                 if span is not None else "the inputs hold no dated events"))
    _wrote(target, f"{written:,} event(s) as {outputs.FORMAT_NAMES[chosen]}", stats, extra)
    if per_account:
        _note_accounts(stats)
    _summarise_issues(stats, strict)


def _run_accounts(stats: api.RunStats) -> dict[str, set[str]]:
    """Source → the accounts of the run's exports (those whose parser reads one)."""
    found: dict[str, set[str]] = {}
    for export in stats.exports:
        if export.account is not None:
            found.setdefault(export.parser.name, set()).add(export.account)
    return found


def _run_account_aliases(stats: api.RunStats) -> dict[str, set[str]]:
    """Source → every name the run's accounts go by (:attr:`api.Export.aliases`: the names read, earlier names,
    usernames, profile URIs): an ``--append`` of a renamed account's download is the same account's (T27C H1)."""
    found: dict[str, set[str]] = {}
    for export in stats.exports:
        if export.account is not None:
            found.setdefault(export.parser.name, set()).update({export.account, *export.aliases})
    return found


def _run_account_ids(stats: api.RunStats) -> dict[str, dict[str, set[str]]]:
    """Source → identifier kind → the run's accounts' identifiers (:func:`api.account_ids`: a Facebook username,
    profile URI): an ``--append`` whose identifiers differ from the database's is another account's (T27E M1)."""
    found: dict[str, dict[str, set[str]]] = {}
    for export in stats.exports:
        if export.account is not None:
            for kind, value in api.account_ids(export).items():
                found.setdefault(export.parser.name, {}).setdefault(kind, set()).add(value)
    return found


def _jobs(jobs: int | None, process_bytes: int = MAIN_PROCESS_BYTES) -> int:
    """--jobs, or one worker per CPU core as far as memory holds them (:func:`dataexam.parallel.default_jobs`).
    ``process_bytes`` is what the run's main process may reach: a report's by default, a timeline's or
    scan's :data:`~dataexam.parallel.ONE_TIMELINE_PROCESS_BYTES`. A --jobs the memory left cannot hold is
    cut down as one beyond the CPUs is (the run uses :func:`~dataexam.parallel.default_jobs` at most), and
    said: a process the kernel kills for want of memory would end the run with nothing written. Less memory
    left than the main process reaches is warned of too."""
    if jobs is not None and jobs < 1:
        raise UsageProblem(f"--jobs {jobs}: give 1 or more worker processes")
    _note_low_memory(process_bytes)
    if jobs is None:
        return parallel.default_jobs(process_bytes)
    if jobs > 1:
        fit = parallel.memory_jobs(process_bytes)
        if fit is not None and fit < min(jobs, parallel.cpu_jobs()):
            what = "a report's" if process_bytes >= MAIN_PROCESS_BYTES else "a timeline's"
            warn(f"--jobs {jobs}: the memory left ({_memory_left()}) holds about {fit} of this run's processes "
                 f"(counting ~{process_bytes // MB} MB for the first, as {what} reaches, and "
                 f"~{WORKER_PROCESS_BYTES // MB} MB for each further one): {fit} {'is' if fit == 1 else 'are'} used")
    return jobs


def _memory_left() -> str:
    room = (memory.room_for_run() or 0) // MB
    return (f"~{room:,} MB, the least of the system's available memory and any container limit, with what "
            "dataexam holds already")


def _note_low_memory(process_bytes: int, what: str = "a process of this run") -> None:
    """Warn when less memory is left than one process of the run may reach: the kernel may then stop it
    (exit 137, "Killed"), which no message of dataexam's could say afterwards."""
    room = memory.room_for_run()
    if room is not None and room < process_bytes:
        warn(f"the memory left ({_memory_left()}) is less than the ~{process_bytes // MB} MB {what} can reach "
             "on large exports: the system may stop it for want of memory (exit 137, 'Killed')")


def _note_accounts(stats: api.RunStats) -> None:
    groups = api.accounts_of(stats.exports)
    if len(groups) > 1:  # several people in one timeline: say which export is whose
        for label, _group in groups:
            warn(f"{label} — events of several accounts in one timeline; origin.archive tells them apart")


@app.command(short_help="Say what each input is: source, era, files, records per kind, dates.")
@handle_errors
def scan(
    paths: Paths,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a table.")] = False,
    source: SourceOpt = None,
    keep_going: KeepGoingOpt = False,
    quiet: QuietOpt = False,
    jobs: JobsOpt = None,
    include_sensitive: Annotated[bool, typer.Option(
        "--include-sensitive", help=f"Count purchases in GDPR Art. 9 categories ({ART9_WORDS}) too, as report "
                                    "does with this option.")] = False,
) -> None:
    """Say what each input is: source, variant, files handled/ignored/unknown, records per kind, dates.

    Example: dataexam scan ~/Downloads/twitter-2024.zip --json
    """
    state.quiet = quiet
    registry = _load_registry()
    source = _check_source(source, registry)
    skipped: list[tuple[Path, str]] = []
    if keep_going:  # every input is listed: one skipped (locked, damaged, no export) with why (ART9 fault 4)
        paths = _recognised_only(paths, source, registry, skipped)
    else:
        paths = _inputs(paths, source, keep_going, registry)
    said: list[str] = []  # zips inside zips inflated into a temporary folder in memory (INP57, T54B 7)
    results = api.scan(paths, source=source, limits=state.limits, registry=registry,
                       jobs=_jobs(jobs, ONE_TIMELINE_PROCESS_BYTES), include_sensitive=include_sensitive,
                       warnings=said)
    for message in said:
        warn(message)
    results += [_skipped_result(str(path), why, code) for path, why, code in skipped]
    _print_scan(results, as_json)
    changed = [r for r in results if r.is_export and INPUT_CHANGED.intersection(r.issue_summary)]
    if changed:  # the counts above miss those files: as for timeline and report, exit 1
        files = sorted({f["file"] for r in changed for f in r.issue_files if f["code"] in INPUT_CHANGED})
        error(f"{', '.join(files) or 'files'} (in {', '.join(' + '.join(r.inputs) for r in changed)}) were "
              "moved, deleted or changed while the scan read them; its counts miss their records — scan "
              "again on a complete copy")
        raise typer.Exit(int(ExitCode.ERROR))


def _skipped_result(name: str, why: str, code: str | None) -> api.ScanResult:
    """An input ``scan --keep-going`` skipped, listed as an item inside a folder is (:func:`dataexam.api.scan`):
    one that cannot be read (``code``) with its issue, one that is no export with why alone."""
    # an input skipped whole: nothing of it read
    said = ParseIssue(archive=name, member="", code=code, message=why, nothing_read=True) if code else None
    files = [{"file": name, "code": code, "message": why, **said.kind_fields()}] if said is not None else []
    return api.ScanResult([name], None, None, 0.0, [], [], [], {}, None, None, 0, len(files),
                          {code: 1} if code else {}, [(name, "")], is_export=False, reason=why, issue_files=files)


class _NamesTable(Table):
    """A rich Table whose text cells are shown as they are: never read as rich markup (a file named
    ``x[/b].js`` is no markup error) and with control characters escaped (:func:`dataexam.outputs.shown`):
    ``scan`` lists the export's file names, which a crafted zip or anyone's file in the folder chooses."""

    def add_row(self, *renderables: Any, **options: Any) -> None:
        super().add_row(*(Text(outputs.shown(c)) if isinstance(c, str) else c for c in renderables), **options)


def _base(path: str) -> str:
    """An input's file name (``/home/me/facebook-1of2.zip`` → ``facebook-1of2.zip``): which part, in a table row."""
    return os.path.basename(path.rstrip("/\\")) or path


#: what a scan says of an export that can hold purchases, without --include-sensitive (never how many: a number
#: above 0 would tell that some purchase is of a special category, as trust.SET_ASIDE_NOTE says for report)
SCAN_SET_ASIDE = (f"purchases in special categories (GDPR Art. 9: {ART9_WORDS}) are "
                  "left out of these counts and dates, as report leaves them out; --include-sensitive counts them")


def _print_scan(results: list[api.ScanResult], as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps([r.to_dict() for r in results], indent=2, ensure_ascii=False))
        return
    out = stdout_console()
    strays = [r for r in results if not r.is_export]
    for r in results:
        if not r.is_export:
            continue
        d = r.to_dict()
        table = _NamesTable(title=Text(outputs.shown(" + ".join(r.inputs))), title_justify="left", show_header=False,
                            box=None)
        inside = [f"{path} in {name}" for name, path in r.locations if path]
        if inside:
            table.add_row("found", "; ".join(inside))
        if r.account_group is not None:
            table.add_row("account", f"{r.parser} account {r.account_group} (the inputs hold several {r.parser} "
                                     "accounts: report needs --per-account)")
        table.add_row("source", f"{r.parser} ({r.variant or 'unknown variant'}, confidence {r.confidence:.2f})")
        if r.reason:
            table.add_row("why", r.reason)
        table.add_row("files", f"{len(r.handled)} handled, {len(r.ignored)} ignored on purpose, "
                               f"{len(r.unknown)} unknown")
        for reason, n in sorted(r.ignored_reasons.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
            table.add_row("", f"ignored ({n}): {reason}")
        if len(r.ignored_reasons) > 8:
            table.add_row("", f"ignored: {len(r.ignored_reasons) - 8} more reasons (scan --json lists them all)")
        for path in r.unknown[:10]:
            table.add_row("", f"unknown: {path}")
        table.add_row("dates", f"{d['date_range']['first'] or '—'} → {d['date_range']['last'] or '—'}"
                               f" ({r.undated} undated)")
        if len(r.inputs) > 1:  # part-zips: each input with its own issues
            table.add_row("issues", f"{r.issues} (" + "; ".join(
                f"{_base(name)}: {sum(r.issues_by_input.get(name, {}).values())}" for name in r.inputs) + ")")
        else:
            table.add_row("issues", str(r.issues))
        if r.special_purchases_left_out:  # T36: 4 order items of 6 counted, with no word of the 2 set aside
            table.add_row("note", SCAN_SET_ASIDE)
        for item in r.issue_files[:5]:  # which file or folder: an input-wide one is listed here too
            where = f"{_base(item['input'])}: " if item.get("input") else ""
            table.add_row("", f"{where}{item['file']}: {item['code']} — {item['message']}")
        if r.issues > 5:
            table.add_row("", f"… {r.issues - 5} more (scan --json lists the first {len(r.issue_files)})")
        out.print(table)
        kinds = _NamesTable("kind", "records", box=None)
        for k, n in sorted(r.kinds.items()):
            copies = r.copies.get(k, 0)  # the same record read twice (tweets.csv and data/js/tweets/): kept once
            kinds.add_row(k, f"{n:,}" + ("  (opt-in: name it in --kind)" if k in r.opt_in else "")
                          + (f"  ({copies:,} more cop{'y' if copies == 1 else 'ies'} of them in the export, "
                             "kept once as in the timeline)" if copies else ""))
        out.print(kinds)
        out.print()
    if strays:
        # a locked, damaged or empty zip is its own row here, with what was wrong, never another export's issue
        title = "skipped (not an export, or cannot be read)" if any(r.issues for r in strays) else \
            "not exports (skipped)"
        table = _NamesTable(title=title, title_justify="left", show_header=False, box=None)
        for _ in range(2):  # a long path is folded onto more lines, never cut to "…" (which input was it?)
            table.add_column(overflow="fold")
        for r in strays:
            table.add_row(r.inputs[0], r.reason)
        out.print(table)


class ReportFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"
    # the -o suffixes' names, so `-f md` means what `-o r.md` means
    md = "md"
    txt = "txt"
    htm = "htm"


class Detail(StrEnum):
    default = "default"
    full = "full"


DetailOpt = Annotated[Detail, typer.Option("--detail", help="default: headlines, values, charts, top evidence; "
                                           "full: also methods, literature and all evidence.")]
OnlyOpt = Annotated[str | None, typer.Option("--only", metavar="IDS", help="Only these findings or sections, "
                                             "comma-separated (e.g. spending,trips or money,clock).")]
RedactOpt = Annotated[bool, typer.Option("--redact", help="Aggregates only: no record texts, names, handles or "
                                         "paths (safe to share).")]
NoPagerOpt = Annotated[bool, typer.Option("--no-pager", help="Never page the terminal report.")]


ReportFormatOpt = Annotated[ReportFormat | None, typer.Option(
    "--format", "-f", metavar="FORMAT", show_default=False, case_sensitive=False,
    help="text (the default, for a terminal; also txt), json, markdown (md) or html. Without -f the -o name decides: "
         ".json, .md, .html, .txt.")]


@app.command(short_help="Report what could be inferred from the inputs, with the evidence.")
@handle_errors
def report(
    paths: Paths,
    fmt: ReportFormatOpt = None,
    output: OutputOpt = None,
    include_sensitive: Annotated[bool, typer.Option(
        "--include-sensitive", help=f"Include GDPR Art. 9 signals ({ART9_WORDS}).")] = False,
    source: SourceOpt = None,
    keep_going: KeepGoingOpt = False,
    strict: StrictOpt = False,
    quiet: QuietOpt = False,
    per_account: PerAccountOpt = False,
    detail: DetailOpt = Detail.default,
    only: OnlyOpt = None,
    redact: RedactOpt = False,
    no_pager: NoPagerOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """Report what could be derived from the inputs, with the evidence, next to what platforms say.

    Example: dataexam report twitter.zip facebook.zip amazon/ -o report.md
    """
    state.quiet = quiet
    target = outputs.classify(output)
    outputs.check_not_an_input(target, paths)  # first: "-o the input" is said whatever its name
    chosen = outputs.format_for(output, _format_name(fmt, outputs.REPORT_SUFFIXES), outputs.REPORT_SUFFIXES, "text",
                                outputs.REPORT_REFUSED)
    registry = _load_registry()
    outputs.check_not_in_export_of(target, paths, registry)
    source = _check_source(source, registry)
    paths = _inputs(paths, source, keep_going, registry)
    stats = api.RunStats()
    if per_account:
        with _progress(stats, "report"):
            results = api.report_per_account(paths, include_sensitive=include_sensitive, source=source,
                                             limits=state.limits, registry=_load_registry(), stats=stats,
                                             jobs=_jobs(jobs))
        _render_per_account(results, chosen, target, detail=detail.value, only=only, redact=redact)
        _summarise_issues(stats, strict, redact)
        return
    with _progress(stats, "report"):
        result = api.report(paths, include_sensitive=include_sensitive, source=source, limits=state.limits,
                            registry=registry, stats=stats, jobs=_jobs(jobs))
    _render_report(result, chosen, target, detail=detail.value, only=only, redact=redact, no_pager=no_pager)
    _wrote(target, f"the {chosen} report of {stats.merge.events_out:,} event(s)", stats)
    _summarise_issues(stats, strict, redact)


def _only_list(only: str | None) -> list[str] | None:
    return [x.strip() for x in only.split(",") if x.strip()] if only else None


def _render_per_account(results: list[tuple[str, Any]], fmt: str, target: outputs.OutputTarget, *,
                        detail: str = "default", only: str | None = None, redact: bool = False) -> None:
    """``report --per-account``: JSON is one document (schema ``dataexam.report-per-account/1``) with
    a ``reports`` list of ``{"account", "report"}``; text and Markdown are the reports one after the
    other, each under a heading naming the account's exports."""
    import io

    from . import report as report_module
    from .events import json_default

    if fmt == "html":
        raise UsageProblem("report --per-account writes one document per account: use -f json, markdown or text")
    if redact:  # account labels name the exports by their paths: aggregates only
        results = [(f"account {n}", r) for n, (_label, r) in enumerate(results, 1)]
    if fmt == "json":
        reports = []
        for label, r in results:  # each report through the JSON renderer, so --redact/--only apply alike
            one = io.StringIO()
            report_module.render(r, "json", one, detail=detail, redact=redact,  # type: ignore[arg-type]
                                 only=_only_list(only))
            reports.append({"account": label, "report": json.loads(one.getvalue())})
        doc = {"schema": "dataexam.report-per-account/1", "reports": reports}
        text = json.dumps(doc, ensure_ascii=False, indent=2, default=json_default) + "\n"
    else:
        buf = io.StringIO()
        for label, r in results:
            buf.write(f"# {label}\n\n" if fmt == "markdown" else f"=== {label} ===\n\n")
            report_module.render(r, fmt, buf, detail=detail, redact=redact,  # type: ignore[arg-type]
                                 only=_only_list(only))
            buf.write("\n")
        text = buf.getvalue()
    if target.kind != "stdout":
        with outputs.open_text(target) as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def _render_report(result: Any, fmt: str, target: outputs.OutputTarget, *, detail: str = "default",
                   only: str | None = None, redact: bool = False, no_pager: bool = False) -> None:
    from . import report as report_module

    opts: dict[str, Any] = {"detail": detail, "redact": redact, "only": _only_list(only)}
    try:
        report_module.prepare(result, only=opts["only"])  # unknown --only names are a usage error
    except ValueError as exc:
        raise UsageProblem(str(exc)) from None
    if target.kind != "stdout":
        with outputs.open_text(target) as fh:
            report_module.render(result, fmt, fh, **opts)  # type: ignore[arg-type]
    elif fmt == "text":
        _render_text(result, opts, no_pager)
    else:
        report_module.render(result, fmt, sys.stdout, **opts)  # type: ignore[arg-type]
        sys.stdout.flush()


def _render_text(result: Any, opts: dict[str, Any], no_pager: bool) -> None:
    """The terminal report, paged like git when stdout is a terminal and it is longer than the screen."""
    import io

    from . import report as report_module
    from .report import pager

    console = stdout_console()
    if no_pager or not sys.stdout.isatty():
        report_module.render(result, "text", console, **opts)
        return
    buf = io.StringIO()
    report_module.render(result, "text", Console(file=buf, width=console.width, force_terminal=True,
                                                 color_system=console.color_system, highlight=False), **opts)
    text = buf.getvalue()
    if pager.should_page(text, sys.stdout, console.height):
        pager.page(text, sys.stdout, pager.pager_command())
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


@app.command(short_help="List the installed parsers and the kinds each emits.")
@handle_errors
def parsers(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a table.")] = False,
) -> None:
    """List the installed parsers: name, version, where each comes from, the kinds it emits (and which of
    them a timeline gives only where --kind names them).

    Example: dataexam parsers --json
    """
    registry = _load_registry()
    rows = [{"name": i.name, "version": i.version, "origin": i.origin, "description": i.cls.description,
             "kinds": sorted(i.kinds), "opt_in_kinds": sorted(i.cls.opt_in_kinds)}
            for i in (registry.parsers[n] for n in registry.names())]
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    table = Table("name", "version", "origin", "kinds")
    for row in rows:
        table.add_row(row["name"], row["version"], row["origin"], str(len(row["kinds"])))
    stdout_console().print(table)


@app.command(short_help="Write a fictional person's exports and report on them (start here).")
@handle_errors
def demo(
    out: Annotated[Path | None, typer.Option(
        "--out", metavar="DIR", help="Write the demo exports into DIR: a new or empty folder, or one an earlier "
        "demo wrote (default: a new folder in the system temp directory).", file_okay=False, readable=False)] = None,
    seed: Annotated[int, typer.Option(help="Which fictional person (any integer).", metavar="N")] = 1,
    scale: Annotated[float, typer.Option(help="Volume multiplier (1 ≈ a few MB; 1000 ≈ several GB).",
                                         callback=_at_least(0.01), metavar="K")] = 1.0,
    control: Annotated[bool, typer.Option("--control", help="A control persona with no planted signal.")] = False,
    zipped: Annotated[bool, typer.Option("--zip", help="Write each export as a zip, as downloaded.")] = False,
    no_report: Annotated[bool, typer.Option("--no-report", help="Only write the exports.")] = False,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", metavar="FORMAT", case_sensitive=False,
                                              help="Report format: text, json, markdown or html.")]
    = ReportFormat.text,
    quiet: QuietOpt = False,
    detail: DetailOpt = Detail.default,
    only: OnlyOpt = None,
    redact: RedactOpt = False,
    no_pager: NoPagerOpt = False,
) -> None:
    """Write a fictional person's Facebook, X and Amazon exports and report on them.

    Example: dataexam demo --seed 7 --out demo-exports --no-report
    """
    state.quiet = quiet
    from .persona import export_paths, write_persona
    from .tempdirs import make_folder

    target = out if out is not None else Path(make_folder("dataexam-demo-"))
    try:
        truth = write_persona(target, seed=seed, scale=scale, control=control, zipped=zipped)
    except OSError as exc:
        if not no_room(exc):  # a folder that cannot be made, listed or written (no permission, a read-only disk)
            raise OutputError(f"{printable_path(str(target))}: cannot write the demo exports here "
                              f"({exc.strerror or type(exc).__name__})") from None
        why = no_room_reason(exc, str(target))
        raise OutputError(f"{target}: no room left to write the demo exports ({why}); the folder "
                          "may hold an incomplete demo: free some room and run again") from None
    paths = export_paths(truth)
    if not state.quiet:
        err.print(f"dataexam: demo exports of a fictional person written to {outputs.shown(str(target))}",
                  highlight=False, markup=False)
        err.print(f"dataexam: what was planted: {outputs.shown(str(truth))}", highlight=False, markup=False)
    if no_report:
        for p in paths:  # each path as its own bytes (a folder named in Latin-1 too), one a line, for xargs
            sys.stdout.buffer.write(os.fsencode(p) + b"\n")
        sys.stdout.flush()
        return
    stats = api.RunStats()
    with _progress(stats, "report"):
        result = api.report(paths, limits=state.limits, registry=_load_registry(), stats=stats)
    _render_report(result, _format_name(fmt, outputs.REPORT_SUFFIXES) or "text", outputs.classify(None),
                   detail=detail.value, only=only, redact=redact,
                   no_pager=no_pager)
    _summarise_issues(stats, False)


# the research commands (describe, batch) register themselves on ``app``
from . import cli_research  # noqa: E402,F401


def _repeated_option(argv: list[str]) -> str | None:
    """The first option that takes one value and is given twice in ``argv`` (``-o a -o b``), or None.

    Click keeps the last value silently: ``--since 2020 --since 2024`` ran from 2024 and ``-o a -o b``
    wrote only b (T28B L10). Options given more than once on purpose (``--kind``) take several values."""
    args = list(argv)
    if not isinstance(app, typer.Typer):
        return None  # (an embedding that replaced the app: nothing to read the options from)
    group = typer.main.get_command(app)
    commands = getattr(group, "commands", {})  # typer's own click: its classes are not click's
    if not args or args[0] not in commands:
        return None
    command = commands[args[0]]
    takes_value: dict[str, tuple[str, bool]] = {}  # option spelling → (its first spelling, given once only)
    for param in command.params:
        if getattr(param, "opts", None) and hasattr(param, "is_flag") and not param.is_flag and not param.count:
            for spelling in [*param.opts, *param.secondary_opts]:
                takes_value[spelling] = ("/".join(sorted(param.opts, key=len)), not param.multiple)
    seen: Counter[str] = Counter()
    tokens = iter(args[1:])
    for token in tokens:
        if token == "--":
            break
        long = token.startswith("--")
        name = token.split("=", 1)[0] if long else token[:2]
        if not token.startswith("-") or name not in takes_value:
            continue
        first, once = takes_value[name]
        if (long and "=" not in token) or (not long and len(token) == 2):
            next(tokens, None)  # its value, whatever it looks like
        if once:
            seen[first] += 1
            if seen[first] == 2:
                return first
    return None


def main() -> None:
    """Console-script entry point."""
    twice = _repeated_option(sys.argv[1:])
    if twice is not None:
        error(f"{twice} given twice; give it once (nothing was read or written)")
        sys.exit(int(ExitCode.USAGE))
    gcpolicy.relax()  # fewer garbage collections: a run allocates millions of short-lived objects (issue 16)
    outputs.guard_standard_streams()  # a full disk or a closed stdout raises, never ends the output quietly
    try:
        try:
            app()
        except SystemExit as exc:
            # Output still buffered when the command ended is written now; if the reader has left
            # (`dataexam … | head`), end quietly with 0, whatever the command and format.
            try:
                sys.stdout.flush()
            except BrokenPipeError:
                outputs.drop_stdout()
                sys.exit(int(ExitCode.SUCCESS))
            raise exc from None
    except KeyboardInterrupt:  # interrupted outside a command (argument parsing)
        sys.exit(int(ExitCode.INTERRUPTED))
    except (OSError, StdoutClosed) as exc:
        # stdout's output failed outside a command's own error boundary: written while the arguments
        # were read (--help, --version), or still buffered when the command ended
        if isinstance(exc, StdoutClosed):
            error(str(exc))
            outputs.drop_stdout()
        elif no_room(exc):
            _no_room_error(exc)
        else:
            raise
        sys.exit(int(ExitCode.ERROR))


__all__ = ["ParseIssue", "app", "main"]
