"""Exceptions raised by the library and the exit codes the CLI maps them to.

Library code raises these only when nothing can continue (the input is not an archive, no parser
recognises it); faults inside one file or record travel as :class:`~dataexam.events.ParseIssue`.
Messages name the file and what was wrong and never quote record contents.
"""

from __future__ import annotations

import errno
import os
from enum import IntEnum
from typing import TypeGuard


class ExitCode(IntEnum):
    """The CLI's exit statuses (stable contract, see README)."""

    SUCCESS = 0
    ERROR = 1
    USAGE = 2
    NOTHING_RECOGNISED = 3
    PARSE_ISSUES = 4
    #: ``dataexam batch``: some participants failed (or an entry of INPUT that holds a donation was not read); the
    #: tables are complete for the others. A script's ``dataexam batch … && analyse`` went on over such a study
    #: with exit 0 (the thirtieth pass): the failed ones are named on stderr and in runs.parquet's ``reason``
    SOME_FAILED = 5
    INTERRUPTED = 130
    TERMINATED = 143


class DataexamError(Exception):
    """Base of every error the library raises on purpose.

    ``inner_names`` are the names of files inside an input that the message quotes (``password.zip`` in a
    participant's folder): outputs that name inputs only by position (``dataexam batch``) replace them."""

    exit_code: ExitCode = ExitCode.ERROR
    inner_names: tuple[str, ...] = ()


class InputNotFound(DataexamError):
    """A path given on the command line does not exist."""


class NotAnArchive(DataexamError):
    """A path is neither a folder nor a readable zip file."""


class CorruptArchive(DataexamError):
    """A zip file is damaged beyond reading its directory."""


class EncryptedArchive(CorruptArchive):
    """A zip whose every file is encrypted (password-protected: ZipCrypto or WinZip AES): nothing in it can
    be read without the password, which dataexam never asks for. Exit 1, as for a damaged zip."""


class ArchiveLimitExceeded(DataexamError):
    """A member is larger, more compressed or more deeply nested than the configured limits."""


class HTMLExportError(DataexamError):
    """An export was requested in HTML format; dataexam needs the JSON format."""

    exit_code = ExitCode.NOTHING_RECOGNISED


class NothingRecognised(DataexamError):
    """No parser recognises an input."""

    exit_code = ExitCode.NOTHING_RECOGNISED


class UnknownSource(DataexamError):
    """``--source`` names a parser that is not installed."""

    exit_code = ExitCode.USAGE


class UsageProblem(DataexamError):
    """The command line asks for something impossible (a bad date, SQLite without a file)."""

    exit_code = ExitCode.USAGE


class OutputError(DataexamError):
    """The output file cannot be written."""


class TempSpaceFull(DataexamError):
    """The temporary folder (``TMPDIR``) ran out of room while the timeline was being sorted, or while a
    parser's spill file grew (X long posts: ``parsers/twitter_notes.py``); nothing was written (the folder and
    any partial output are removed). Parsers let it through: it is the run's fault, not the file's."""


class TempFolderUnusable(DataexamError):
    """No private temporary folder can be made: the one named (``TMPDIR``, the API's ``tmp_parent``)
    cannot be written, or no folder Python would use can (``/tmp``, ``/var/tmp`` and the working
    folder on a read-only system, such as a container run with ``--read-only``)."""


#: errno values of a write that found no room: the disk full, the user's disk quota reached, a file
#: larger than the file system or ``ulimit -f`` allows
NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def no_room(exc: BaseException) -> TypeGuard[OSError]:
    """Whether ``exc`` is a write that found no room (an ``OSError`` of :data:`NO_ROOM`; SQLite's own
    refusals are told apart in :mod:`dataexam.writers`)."""
    return isinstance(exc, OSError) and exc.errno in NO_ROOM


_WHY_NO_ROOM = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "your disk quota is used up",
                errno.EFBIG: "a file larger than the file system or a file size limit (ulimit -f) allows"}


def no_room_reason(exc: OSError, where: str | None = None) -> str:
    """Why there was no room, in the system's words and ours (``No space left on device: the disk is
    full``). ``where`` (else the error's own file name) is looked up: a full file system that keeps its
    files in memory (``tmpfs``, as ``/tmp`` and ``/dev/shm`` often are) is no disk, and freeing disk
    space does not help it."""
    # the system's own words (pyarrow puts a sentence of its own in strerror)
    said = os.strerror(exc.errno) if exc.errno else (exc.strerror or "no room")
    why = _WHY_NO_ROOM.get(exc.errno or 0)
    path = where if where is not None else exc.filename if isinstance(exc.filename, str) else None
    if exc.errno == errno.ENOSPC and path:
        from .tempdirs import memory_file_system  # (tempdirs imports this module)

        fs_type = memory_file_system(os.path.dirname(path) if not os.path.isdir(path) else path)
        if fs_type:
            why = f"the {fs_type} it is on, which keeps its files in memory, is full (its size limit is reached)"
    return f"{said}: {why}" if why else said


class StdoutClosed(OutputError):
    """The command writes to standard output, which was closed when the program started (``>&-``)."""


class WorkerFailed(DataexamError):
    """A ``--jobs`` worker process could not start, ended without a result (killed, out of memory),
    or found the inputs changed under the run; everything of the run is discarded (no partial output)."""


class SeveralAccounts(DataexamError):
    """Exports of one source belong to different accounts (two people's data passed together).

    A usage problem: the command line mixes people; the fix is in how dataexam is called.
    """

    exit_code = ExitCode.USAGE


class KeysChanged(DataexamError):
    """``--append`` onto a database whose rows of a kind carry keys of an older recipe than this dataexam
    writes (``dataexam_meta.key_versions``, :data:`dataexam.events.KEY_VERSIONS`): a record already there
    would not be recognised and would be added a second time. The database is left as it was.

    A usage problem: the fix is to write the database anew from all the exports (without ``--append``).
    """

    exit_code = ExitCode.USAGE
