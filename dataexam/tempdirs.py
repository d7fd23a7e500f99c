"""A run's private temporary folder: where it goes, what it holds, and removing it whatever happens.

The timeline's external sort spills its sorted runs into a private folder (:class:`PrivateTempDir`): up
to ~2.5× the size of the export files read (:data:`RUN_BYTES_PER_INPUT_BYTE`), so the folder's place
decides whether "flat memory" holds, and its room whether the run finishes. Python's default
(``tempfile.gettempdir()``: ``TMPDIR``, ``TEMP``, ``TMP``, else ``/tmp``) is a ``tmpfs`` — memory — by
default on Fedora (since 18), Arch, Debian 13 and Amazon Linux 2023. systemd's file-hierarchy(7) says of
``/tmp``: "usually mounted as tmpfs instance, and should hence not be used for larger files. (Use
/var/tmp for larger files.)"; Amazon Linux's guide likewise ("For larger temporary files, use /var/tmp
instead"). So (:func:`default_parent`):

* a folder the caller names (the API's ``tmp_parent``) or the user sets (``TMPDIR``, ``TEMP``,
  ``TMP``) is used as given, in memory or not (the run warns when its runs took memory there);
* otherwise, when the system's temporary folder is in memory and ``/var/tmp`` is a writable folder
  on disk, the runs go to ``/var/tmp``.

``/var/tmp`` outlives a reboot (FHS 3.0 §5.15: "must not be deleted when the system is booted"), so a
folder left there by a power cut would keep people's records until the system's clean-up (systemd:
30 days). Kills are already covered (:class:`~dataexam.janitor.Janitor`); for the rest, each folder
holds a lock file its process keeps locked (``flock``) for the folder's whole life, and every run
first removes the folders of its own user in its parent whose lock nobody holds any more
(:func:`sweep_stale`): left behind by a process that no longer exists.

Where the folder has less room than the runs may take, or is in memory all the same, the runs are
written compressed (:func:`compress_runs`). Where no folder can be made at all (a read-only system),
:func:`make_folder` raises :class:`~dataexam.errors.TempFolderUnusable`, and the run goes on in one
process, needing a folder only if its records outgrow the sort's memory (:mod:`dataexam.api`).
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import shutil
import stat
import tempfile
import time
from typing import IO, NamedTuple

from .archive import printable_path
from .errors import TempFolderUnusable, no_room
from .janitor import Janitor
from .mounts import MOUNTINFO, mount_table
from .wording import size_words  # (re-exported: the notices word sizes through the one helper, wording.size_words)

try:  # POSIX only; elsewhere no lock file and no sweep (the janitor is POSIX-only as well)
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX
    fcntl = None  # type: ignore[assignment]

__all__ = ["MEMORY_FILE_SYSTEMS", "PrivateTempDir", "compress_runs", "default_parent", "make_folder",
           "memory_file_system", "size_words", "sweep_stale"]

#: file systems whose files are held in memory (``/proc/self/mountinfo``'s type names)
MEMORY_FILE_SYSTEMS = frozenset({"tmpfs", "ramfs"})
_MOUNTINFO = MOUNTINFO
#: where large temporary files belong when ``/tmp`` is in memory (systemd file-hierarchy(7))
DISK_TEMP = "/var/tmp"
#: the environment variables ``tempfile.gettempdir()`` honours, in its order (Python docs, tempfile)
_TEMP_VARIABLES = ("TMPDIR", "TEMP", "TMP")
PREFIX = "dataexam-"
#: the lock file inside each folder, locked by the folder's process while it lives
LOCK_NAME = ".lock"


def memory_file_system(path: str) -> str | None:
    """The type of the file system ``path`` is on when it keeps its files in memory (``tmpfs``, as
    ``/tmp`` is by default on Fedora, Arch and Debian 13), else ``None`` (also where Linux's
    ``/proc/self/mountinfo`` cannot be read). Sort runs spilled there take memory after all."""
    try:
        mounts = mount_table(_MOUNTINFO)
    except OSError:
        return None
    real = os.path.realpath(path)
    best, best_type = "", None
    for mount in mounts:  # the longest mount point above the path
        point = mount.point
        if (real == point or real.startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
            best, best_type = point, mount.fs_type
    return best_type if best_type in MEMORY_FILE_SYSTEMS else None


class NamedFolder(NamedTuple):
    """A temporary folder the user named in the environment (:func:`named_by_user`)."""

    variable: str  # TMPDIR, TEMP or TMP
    folder: str
    usable: bool  # Python's tempfile took it


def named_by_user() -> NamedFolder | None:
    """The temporary folder the user named: ``(variable, folder, usable)`` for the first of ``TMPDIR``,
    ``TEMP``, ``TMP`` that is set, else ``None``. Usable: Python's ``tempfile`` took it (it tries to
    write a file there once per process), which it does not for a folder that is missing, read-only or
    on a full disk — and then passes over it without a word, to ``/tmp``."""
    for name in _TEMP_VARIABLES:
        folder = os.environ.get(name)
        if folder:
            try:
                taken = os.path.realpath(tempfile.gettempdir()) == os.path.realpath(folder)
            except OSError:  # none it would use can be written
                taken = False
            return NamedFolder(name, folder, taken)
    return None


def default_parent() -> str | None:
    """The folder a run's private temporary folder is made in when the caller names none: ``None``
    (Python's own choice) when the user set ``TMPDIR``, ``TEMP`` or ``TMP`` to a folder that can be
    used, or the system's temporary folder is on disk; :data:`DISK_TEMP` when the system's is in memory
    and ``/var/tmp`` is a folder on disk this user can write to (see the module text)."""
    named = named_by_user()
    if named is not None and named.usable:
        return None
    try:
        system = tempfile.gettempdir()
    except OSError:  # none it would use can be written
        system = ""
    if system and memory_file_system(system) is None:
        return None
    try:
        info = os.stat(DISK_TEMP)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or not os.access(DISK_TEMP, os.W_OK | os.X_OK):
        return None
    return None if memory_file_system(DISK_TEMP) else DISK_TEMP


#: bytes of sorted (plain) runs per byte of the export files the parsers read, at most: measured on the
#: benchmark's inputs (JSON Lines runs, one process): Messenger 2.44 (short messages; each record's
#: output names its source, kind, file and key), Amazon order CSV 2.11, X likes/DMs 1.93, the persona
#: 1.70, X tweets 0.51 (most of a tweet's fields are not kept)
RUN_BYTES_PER_INPUT_BYTE = 2.5
#: free room wanted beyond the runs' estimate before they are written plain
ROOM_MARGIN = 1.25

#: a megabyte as messages count it: 10⁶ bytes (SI, as ``df -H`` and the benchmark tables count)
MB = 1_000_000


def compress_runs(folder: str, input_bytes: int) -> str | None:
    """Why a sort of ``input_bytes`` of export files should compress its runs in ``folder``, or
    ``None``: the folder is in memory (compressed runs take 3-6× less of it), or its file system has
    less free room than the runs may need (:data:`RUN_BYTES_PER_INPUT_BYTE`, with a margin), where
    plain runs could fill the disk halfway through. The reason is for the run's warning."""
    fs_type = memory_file_system(folder)
    if fs_type:
        return f"in memory ({fs_type})"
    try:
        info = os.statvfs(folder)
    except OSError:
        return None
    free = info.f_bavail * info.f_frsize
    wanted = input_bytes * RUN_BYTES_PER_INPUT_BYTE * ROOM_MARGIN
    if free < wanted:  # rounded down and up: the two figures never read alike
        return (f"has {math.floor(free / MB):,} MB free, less than the ~{math.ceil(wanted / MB):,} MB its "
                "runs may need")
    return None


def sweep_stale(parent: str) -> int:
    """Remove the private temporary folders in ``parent`` that a process which no longer exists left
    behind (a power cut, a crash of the whole system): this user's ``dataexam-*`` folders (never a
    symbolic link) holding a lock file (a regular file) that nobody holds locked. A folder without
    one (still being made, or made by an earlier version) is left. Never raises nor waits; returns how
    many were removed."""
    if fcntl is None:
        return 0
    removed = 0
    try:
        names = os.listdir(parent)
    except OSError:
        return 0
    uid = os.getuid()
    for name in names:
        if not name.startswith(PREFIX):
            continue
        folder = os.path.join(parent, name)
        try:
            info = os.lstat(folder)
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != uid:
            continue
        fd = _unheld(os.path.join(folder, LOCK_NAME))
        if fd is None:
            continue
        try:  # ours now: nobody else can take it while it is removed
            shutil.rmtree(folder, ignore_errors=True)
            removed += not os.path.lexists(folder)
        finally:
            os.close(fd)
    return removed


def default_folder() -> str:
    """Where a run's private temporary folder goes when the caller names none: :func:`default_parent`,
    else Python's own (``tempfile.gettempdir()``, which raises ``OSError`` when no folder it would use
    can be written)."""
    return default_parent() or tempfile.gettempdir()


def make_folder(prefix: str, parent: str | None = None) -> str:
    """A new private (0700) folder named ``prefix…`` in ``parent`` (``None``: :func:`default_parent`, else
    Python's), after the stale folders there are swept (:func:`sweep_stale`); its path.

    Raises ``OSError`` when there is no room for it (:func:`~dataexam.errors.no_room`) and
    :class:`~dataexam.errors.TempFolderUnusable` when it cannot be made otherwise (no folder can be
    written, ``parent`` is missing or read-only)."""
    named = parent is not None  # by the caller (the API's tmp_parent), not by TMPDIR
    if parent is None:
        try:
            parent = default_folder()
        except OSError:  # tempfile: "No usable temporary directory found in [...]"
            raise TempFolderUnusable(
                "no temporary folder can be written (TMPDIR is not set or cannot be written, nor can /tmp, "
                "/var/tmp or the current folder: a read-only system?); set TMPDIR to a folder you can write "
                "to") from None
    sweep_stale(parent)
    try:
        return tempfile.mkdtemp(prefix=prefix, dir=parent)  # mkdtemp creates it 0700
    except OSError as exc:
        if no_room(exc):
            raise
        remedy = "name a folder you can write to" if named else "set TMPDIR to a folder you can write to"
        raise TempFolderUnusable(f"the temporary folder {printable_path(parent)} cannot be written "
                                 f"({os.strerror(exc.errno) if exc.errno else exc}); {remedy}") from None


def _unheld(path: str) -> int | None:
    """A descriptor holding the ``flock`` of the regular file ``path`` (never a link), when no other
    process holds it; else ``None``. Never waits: a "lock file" that was a FIFO made every later run
    wait for a writer (a fresh tester)."""
    if fcntl is None:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError("not a file")
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # held (its process is alive), or not a file of ours
        os.close(fd)
        return None
    return fd


def hold(path: str) -> int | None:
    """Lock the file ``path`` this process just made for itself (a ``.part`` output): the descriptor to
    keep open while it is being written, so :func:`sweep_stale_parts` of another run leaves it; ``None``
    where locks are not available."""
    if fcntl is None:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


#: a partial output left for this long (unlocked) is stale: dataexam before this pass held no lock on it
STALE_PART_SECONDS = 600


def sweep_stale_parts(folder: str, name: str) -> int:
    """Remove the partial files of an output named ``name`` in ``folder`` (``.NAME.XXXXXXXX.part``,
    ``mkstemp``'s names: :func:`dataexam.writers._private_temp_beside`) that a power cut left: this
    user's, regular, locked by nobody (:func:`hold`) and untouched for :data:`STALE_PART_SECONDS`
    (one being written by an earlier version, which held no lock, is left). A janitor removes them on
    a kill; nothing did after a power cut, and each held the records written so far. Never raises."""
    pattern = re.compile(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}\.part\Z")
    try:
        names = [n for n in os.listdir(folder or ".") if pattern.match(n)]
    except OSError:
        return 0
    removed = 0
    uid = os.getuid()
    for part in names:
        path = os.path.join(folder, part)
        fd = _unheld(path)
        if fd is None:
            continue
        try:
            info = os.fstat(fd)
            if info.st_uid == uid and time.time() - info.st_mtime > STALE_PART_SECONDS:
                os.unlink(path)
                removed += 1
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


class PrivateTempDir:
    """A temporary folder readable by the owner only, removed on close (and by ``with``), and by a
    :class:`~dataexam.janitor.Janitor` should this process be killed before it can close it.

    ``parent``: where to make it (:func:`make_folder`, which raises when it cannot). Its lock file is
    locked for as long as the folder is open, so :func:`sweep_stale` of a later run tells it from one
    left behind."""

    _janitor: Janitor | None

    def __init__(self, parent: str | None = None) -> None:
        self.path = make_folder(PREFIX, parent)
        self.parent = os.path.dirname(self.path)
        #: write the sort's runs compressed (:func:`compress_runs`; set by the run, read by its workers)
        self.compress = False
        os.chmod(self.path, 0o700)
        self._count = 0
        self._prefix = ""
        self._owned = True
        self._lock = _lock_folder(self.path)
        self._janitor = Janitor(self.path)

    @classmethod
    def within(cls, path: str, prefix: str, compress: bool = False) -> PrivateTempDir:
        """A view of a folder another process owns (a parse worker writing its runs into the main
        process's folder, compressed as the owner decided): files are named ``<prefix>-NNNNN…``, and
        :meth:`close` leaves the folder."""
        view = cls.__new__(cls)
        view.path, view.parent, view._count, view._prefix = path, os.path.dirname(path), 0, f"{prefix}-"
        view._owned, view._janitor, view._lock, view.compress = False, None, None, compress
        return view

    def new_file(self, suffix: str = "") -> tuple[str, IO[bytes]]:
        """Create a new 0600 file inside the folder, opened for binary writing."""
        self._count += 1
        path = os.path.join(self.path, f"{self._prefix}{self._count:05d}{suffix}")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        return path, os.fdopen(fd, "wb")

    def close(self) -> None:
        if self._owned:
            shutil.rmtree(self.path, ignore_errors=True)  # the lock is still held: no sweep takes it meanwhile
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None
        if self._janitor is not None:
            self._janitor.release()
            self._janitor = None

    def __enter__(self) -> PrivateTempDir:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _lock_folder(folder: str) -> int | None:
    """Make the folder's lock file and lock it (the descriptor to keep open), or ``None`` where
    locks are not available. It is made under another name and locked before it is renamed into
    place, so a :func:`sweep_stale` never finds the lock file unlocked while this process lives."""
    if fcntl is None:
        return None
    making = os.path.join(folder, LOCK_NAME + ".new")
    try:
        fd = os.open(making, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.rename(making, os.path.join(folder, LOCK_NAME))
    except OSError:  # a file system without locks: no lock file, the folder is never swept
        with contextlib.suppress(OSError):
            os.unlink(making)
        os.close(fd)
        return None
    return fd
