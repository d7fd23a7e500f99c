"""Removing a private temporary folder or file even when this process cannot: killed outright.

SIGKILL (the kernel's out-of-memory killer, ``kill -9``) and a closed terminal's SIGHUP end a
process without running its clean-up, so a run's private temporary folder (sorted runs of events),
an output's ``.part`` file beside it and a batch unit's ``.tmp-`` folder (people's data, all of them)
stayed on disk. For each a *janitor* is started: a ``/bin/sh`` in a session of its own (no terminal
signal reaches it) that reads a pipe whose only writer is this process. The pipe ends when this
process closes it or is gone, however it ended; the janitor then removes the path (nothing, when the
process removed it or renamed it into place first) and ends.

``--jobs`` workers may still be writing into a folder for up to a second after their parent died
(:mod:`dataexam.workers`), and a file created during a removal makes it fail, so the janitor tries
again every 0.2 s while the path exists, for at most ~10 s. A janitor costs one small process (a
shell, ~1 MB) and ~1 ms to start. Not on systems without ``/bin/sh`` (the folder is removed as before, by the
process itself, when it can).
"""

from __future__ import annotations

import os
import subprocess

__all__ = ["Janitor"]

# $1: the path. The builtin `read` returns at the pipe's end (nothing is ever written to it; no
# second process such as `cat` waits beside the shell); then up to 50 attempts 0.2 s apart.
_SCRIPT = ('while read -r _; do :; done; n=0; while [ -e "$1" ] && [ "$n" -lt 50 ]; do rm -rf -- "$1"; '
           'n=$((n+1)); [ -e "$1" ] && sleep 0.2; done')
_SH = "/bin/sh"
# `rm` and `sleep` from the system's own folders whatever the caller's PATH; nothing else of the
# caller's environment; and "/" as the working folder, so no folder of the user's is held busy
_ENV = {"PATH": "/usr/bin:/bin", "LC_ALL": "C"}


class Janitor:
    """Removes ``path`` once this process closes it (:meth:`release`) or is gone (see the module text).

    ``path`` must be a folder or file this process made for itself alone, under a name nobody else
    uses (``mkdtemp``, ``mkstemp``, a random suffix). Never raises:
    where no janitor can start, :attr:`process` is ``None`` and nothing happens.
    """

    def __init__(self, path: str) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self._pipe: int | None = None
        if os.name != "posix" or not os.path.exists(_SH):
            return
        try:
            read_end, write_end = os.pipe()  # both not inherited by other children (O_CLOEXEC)
        except OSError:  # out of file descriptors: no janitor (the run itself goes on)
            return
        try:
            # absolute: the janitor works from "/" (and mkdtemp gives a relative path for a relative dir before 3.12)
            self.process = subprocess.Popen([_SH, "-c", _SCRIPT, "dataexam-janitor", os.path.abspath(path)],
                                            stdin=read_end,
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                            start_new_session=True, env=_ENV, cwd="/")
        except OSError:
            os.close(write_end)
            return
        finally:
            os.close(read_end)
        self._pipe = write_end

    def release(self) -> None:
        """Let the janitor go: it removes the path if it is still there (the caller normally
        removed it first, or moved it into place) and ends. Idempotent. Waits at most 0.5 s for it
        (it needs up to ~10 s while the folder cannot be removed yet; Python reaps it later then)."""
        if self._pipe is None:
            return
        os.close(self._pipe)
        self._pipe = None
        if self.process is not None:
            try:
                self.process.wait(timeout=0.5)
            except subprocess.TimeoutExpired:
                pass
