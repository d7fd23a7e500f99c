"""The mount table, read from Linux's ``/proc/self/mountinfo`` (proc(5)).

One line per mount: ``36 35 98:0 /root /mnt/point opts… [optional fields…] - fstype source super-opts``.
Read by :mod:`dataexam.tempdirs` (is a folder in memory, ``tmpfs``?) and :mod:`dataexam.memory` (where a
cgroup's files are).
"""

from __future__ import annotations

from typing import NamedTuple

MOUNTINFO = "/proc/self/mountinfo"


class Mount(NamedTuple):
    """One mount: the path of the mounted file system that is shown (``root``), where (``point``),
    its type (``tmpfs``, ``cgroup2`` …) and its super options (a v1 cgroup mount's controllers)."""

    root: str
    point: str
    fs_type: str
    super_options: tuple[str, ...]


def mount_table(path: str = MOUNTINFO) -> list[Mount]:
    """The mounts listed in ``path`` (a ``mountinfo`` file), in its order; lines of another shape are
    skipped. Raises :class:`OSError` when it cannot be read (not Linux, no ``/proc``)."""
    out: list[Mount] = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            fields = line.split()
            if "-" not in fields:
                continue
            dash = fields.index("-")
            if dash < 5 or dash + 1 >= len(fields):
                continue
            options = tuple(fields[dash + 3].split(",")) if dash + 3 < len(fields) else ()
            out.append(Mount(_unescape(fields[3]), _unescape(fields[4]), fields[dash + 1], options))
    return out


def _unescape(field: str) -> str:
    return field.replace("\\040", " ")  # a space in a path (proc(5): octal escapes)
