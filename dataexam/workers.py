"""Worker processes for ``--jobs``: a fresh interpreter per worker, its job and result in private files.

Why not :class:`concurrent.futures.ProcessPoolExecutor`: with ``spawn`` (required: the parent holds
open zip files, so ``fork`` is unsafe), its queues' named semaphores start multiprocessing's
*resource tracker*, one more interpreter (~13 MB RSS) for the whole run, and the pool's feeder and
management threads buy nothing for a handful of long jobs. Here a worker is ``python -c BOOT``
with two file names and the parent's pid: it reads its job (the parent's ``sys.path``, then a
pickled ``(function, args)``) from the first, runs it, and writes ``(True, result)`` or ``(False,
exception)`` to the second (via a temporary name, renamed when complete). Both files live in the run's private
temporary folder (0700; files 0600) and are removed when read.

Workers start in a session of their own, so a Ctrl-C at the terminal reaches only the main
process, which ends them (:meth:`Worker.kill`) before it removes the temporary folder; they also
ignore SIGINT themselves. A worker that dies (killed for memory) surfaces as
:class:`WorkerFailed` in the main process, never as a wait for ever. A main process killed outright
(SIGKILL) can neither end its workers nor remove its temporary folder: each worker checks every
second that its parent is still there and ends once it is gone, rather than read on for minutes into
a folder nobody reads. The folder, with the runs and results written so far, is the parent's janitor's
to remove (:mod:`dataexam.janitor`; it tries again while a worker may still be writing).
"""

from __future__ import annotations

import errno
import os
import pickle
import subprocess
import sys
from collections.abc import Callable
from typing import IO, Any

from .errors import WorkerFailed

__all__ = ["Worker", "WorkerFailed"]

#: a worker's exit code when its result could not be written for want of room (the temporary folder's
#: disk full: the job itself most likely failed on the same disk); the parent raises the no-room error
NO_ROOM_EXIT = 75

_BOOT = """\
import errno, os, pickle, signal, sys, threading, time
signal.signal(signal.SIGINT, signal.SIG_IGN)
job_path, out_path = sys.argv[1], sys.argv[2]
parent = int(sys.argv[3])  # from the parent itself: it may be gone before we start
def watch_parent():  # the folder is not ours to remove: the parent's janitor does that
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)
threading.Thread(target=watch_parent, daemon=True).start()
try:
    with open(job_path, "rb") as fh:
        sys.path[:] = pickle.load(fh)
        fn, args = pickle.load(fh)
    os.unlink(job_path)
    from dataexam import gcpolicy
    gcpolicy.relax()  # as the main process: fewer garbage collections
    try:
        outcome = (True, fn(*args))
    except BaseException as exc:
        outcome = (False, exc)
    try:
        blob = pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
    except Exception:
        blob = pickle.dumps((False, RuntimeError("worker error: " + type(outcome[1]).__name__)))
    fd = os.open(out_path + ".part", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(blob)
    os.replace(out_path + ".part", out_path)
except BaseException as exc:
    # the run is gone and its janitor took the folder: nobody to tell, nothing to print. The janitor
    # may see the parent's end before the kernel hands this process to a new parent, so a folder
    # gone counts too (a traceback naming the temporary path once reached the terminal under load)
    if os.getppid() != parent or not os.path.isdir(os.path.dirname(out_path)):
        os._exit(1)
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        try:  # no room for the result either: the parent says so (a traceback here reached the terminal)
            os.unlink(out_path + ".part")
        except OSError:
            pass
        os._exit(int(sys.argv[4]))
    raise
"""


class Worker:
    """``fn(*args)`` in a new interpreter; :meth:`result` waits for it and returns (or raises) its outcome.

    ``fn`` must be a module-level function and ``args`` picklable. ``folder`` is a private
    directory (the run's temporary folder) for the job and result files; ``name`` tells workers
    of one run apart there. With ``feed``, the worker's standard input is a pipe the caller writes
    to (:attr:`stdin`; ``fn`` reads ``sys.stdin.buffer``); otherwise it is ``/dev/null``. ``pass_fds``: open files
    the worker inherits, under the same numbers (the main process's inflated part zips,
    :func:`dataexam.archive.shared_spills`).
    """

    process: subprocess.Popen[bytes]

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], folder: str, name: str, *,
                 feed: bool = False, pass_fds: tuple[int, ...] = ()) -> None:
        self.job_path = os.path.join(folder, f"{name}.job")
        self.out_path = os.path.join(folder, f"{name}.result")
        fd = os.open(self.job_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(list(sys.path), fh, pickle.HIGHEST_PROTOCOL)
            pickle.dump((fn, args), fh, pickle.HIGHEST_PROTOCOL)
        try:
            argv = [sys.executable, "-c", _BOOT, self.job_path, self.out_path, str(os.getpid()), str(NO_ROOM_EXIT)]
            self.process = subprocess.Popen(argv, stdin=subprocess.PIPE if feed else subprocess.DEVNULL,
                                            start_new_session=True, pass_fds=pass_fds)
        except OSError as exc:
            self._remove()
            raise WorkerFailed(f"could not start a worker process ({exc.strerror or type(exc).__name__}); "
                               "run with --jobs 1") from None

    @property
    def stdin(self) -> IO[bytes]:
        """The pipe to the worker's standard input (``feed=True`` only)."""
        if self.process.stdin is None:
            raise ValueError("this worker was started without feed=True")
        return self.process.stdin

    def result(self) -> Any:
        if self.process.stdin is not None and not self.process.stdin.closed:
            try:
                self.process.stdin.close()  # end of input: the worker finishes
            except BrokenPipeError:
                pass  # it is gone already: the missing result says so below
        code = self.process.wait()
        try:
            with open(self.out_path, "rb") as fh:
                ok, value = pickle.load(fh)
        except FileNotFoundError:
            if code == NO_ROOM_EXIT:  # the temporary folder's disk is full: the caller names the folder
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)) from None
            raise WorkerFailed(f"a --jobs worker process ended without a result (exit code {code}: killed, "
                               "or out of memory?); nothing was written — run again, or with --jobs 1") from None
        finally:
            self._remove()
        if not ok:
            raise value
        return value

    def kill(self) -> None:
        """End the worker at once (the run ended early: it may not go on writing)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        if self.process.stdin is not None:
            try:
                self.process.stdin.close()
            except OSError:
                pass  # a pipe to a dead process: nothing to flush
        self._remove()

    def _remove(self) -> None:
        for path in (self.job_path, self.out_path, self.out_path + ".part"):
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
