"""How much memory a run may still take: the system's free memory and its container's limit.

The default number of processes (``--jobs``, ``batch``'s workers) was the CPUs a run may use. On a
machine with many cores and little memory — a container with a memory limit (Docker ``--memory``, a
Kubernetes memory limit, a SLURM job's ``--mem``, all cgroup limits), a laptop with 8 cores and 4 GB
— that many processes did not fit: the kernel killed one (the OOM killer), which ends a ``timeline``
or ``report`` with nothing written (or kills the main process itself), and costs ``batch`` the units in
flight (run again one by one). Measured here in a cgroup v1 limit of 55 MB: ``timeline --jobs 2`` of
the 100 MB persona was killed; in 150–200 MB, ``batch -j 2`` of six small donations had two to four
workers killed and took 9 s instead of 4 s (see :mod:`dataexam.parallel` for how the count is used).

:func:`headroom` is the least of:

- the system's available memory (``psutil.virtual_memory().available``: Linux's ``MemAvailable``,
  which counts reclaimable page cache as free);
- for each cgroup from this process's own up to the root of its hierarchy that has a memory limit,
  that limit minus what the cgroup uses beyond the page cache the kernel drops before it kills
  anything: usage minus the file cache on both LRU lists (``active_file`` + ``inactive_file``), less
  the part of it mapped into processes (``file_mapped``: programs and libraries being run, which a
  process's own figure counts). ``docker stats`` and the kubelet's *working set* subtract
  ``inactive_file`` only; that counted the output a previous run had just written (~28 MB of
  ``active_file`` here, in a cgroup with nothing running) as memory in use, and gave the next run
  one process where two fitted. The system's figure (``MemAvailable``) counts both lists as free
  too. cgroup v2 (unified): ``memory.max``, ``memory.current``, ``memory.stat``; cgroup v1:
  ``memory.limit_in_bytes``, ``memory.usage_in_bytes`` and ``memory.stat``'s ``total_``-prefixed
  keys of each level, and
  ``hierarchical_memory_limit`` (the least limit of the cgroup and its ancestors, for a container
  whose mount shows no level above its own). Where ``/proc/self/cgroup`` names no such
  cgroup or its files cannot be read (another system, a sandbox), only the system's figure counts.
  A container that sees only its own cgroup sees a limit set above it (``hierarchical_memory_limit``)
  but not what other cgroups under that limit use: its headroom is then its own view.

Sources: Linux's Documentation/admin-guide/cgroup-v2.rst (memory.max, memory.current, memory.stat
"active_file", "inactive_file", "file_mapped") and cgroup-v1/memory.rst (§5.2 "hierarchical_memory_limit",
"total_active_file", "total_inactive_file", "total_mapped_file"; §2.5 reclaim: "each cgroup maintains a
per cgroup LRU", reclaimed before the OOM killer is invoked);
cgroups(7) for ``/proc/[pid]/cgroup``; proc(5) for ``mountinfo``.
"""

from __future__ import annotations

import os
import time
from typing import NamedTuple

from .mounts import MOUNTINFO, Mount, mount_table

#: a cgroup limit at or above this is no limit (cgroup v1 writes 2^63 rounded down to a page)
_NO_LIMIT = 2**62
_CGROUP = "/proc/self/cgroup"
_MOUNTINFO = MOUNTINFO
#: how long a reading is reused: one run asks several times while it plans, and should get one answer
_REUSE_S = 10.0
_last: tuple[float, int | None] | None = None


def headroom() -> int | None:
    """Bytes of memory this run may still take (see the module text), or ``None`` where nothing
    could be read. Never raises. A reading is reused for :data:`_REUSE_S` seconds."""
    global _last
    now = time.monotonic()
    if _last is not None and now - _last[0] < _REUSE_S:
        return _last[1]
    figures = [f for f in (_system_available(), *_cgroup_headrooms()) if f is not None]
    value = max(0, min(figures)) if figures else None
    _last = (now, value)
    return value


def room_for_run() -> int | None:
    """Bytes this run's processes may reach in all, ``None`` where nothing could be read: :func:`headroom`
    plus the memory this process holds already of its own (:func:`own_anonymous`: in the usage the
    headroom subtracted, while the per-process estimates it is compared with are whole processes'
    peaks). Counting it twice made a ``timeline`` in a 150 MB cgroup plan one process where two fitted
    (~30 MB of its own at that point; the final tester of the eighteenth pass)."""
    room = headroom()
    return None if room is None else room + own_anonymous()


def own_anonymous() -> int:
    """This process's resident memory less its file-backed and shared pages, in bytes (``/proc/self/statm``:
    resident − shared; 0 where it cannot be read). The python binary and its libraries (~11 MB) are
    resident too, but charged to whichever cgroup read them first, often not this one: adding them
    made the room exceed the container's whole limit (a 115 MB cgroup read as ~126 MB; the second
    tester of the eighteenth pass)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            fields = fh.read().split()
        return max(0, int(fields[1]) - int(fields[2])) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def forget() -> None:
    """Read afresh next time (tests; a long-lived caller whose memory changed)."""
    global _last
    _last = None


def _system_available() -> int | None:
    try:
        import psutil

        return int(psutil.virtual_memory().available)
    except Exception:  # psutil missing its /proc (a sandbox): no figure, never a failed run
        return None


def _cgroup_headrooms() -> list[int]:
    """Limit minus working set, per limited cgroup of this process (v2 and v1; several levels)."""
    try:
        with open(_CGROUP, encoding="utf-8", errors="replace") as fh:
            memberships = [line.rstrip("\n").split(":", 2) for line in fh]
        mounts = mount_table(_MOUNTINFO)
    except OSError:
        return []
    out: list[int] = []
    for parts in memberships:
        if len(parts) != 3:
            continue
        _hierarchy, controllers, path = parts
        if controllers == "":  # "0::/path": the unified (v2) hierarchy
            folder = _mounted("cgroup2", None, path, mounts)
            if folder is not None:
                out.extend(_headrooms(folder, _V2))
        elif "memory" in controllers.split(","):
            folder = _mounted("cgroup", "memory", path, mounts)
            if folder is not None:
                out.extend(_v1_headrooms(folder))
    return out


def _mounted(fs_type: str, option: str | None, path: str, mounts: list[Mount]) -> str | None:
    """Where the cgroup ``path`` (as ``/proc/self/cgroup`` names it) is in the file system: under a
    mount of ``fs_type`` (v1: with the ``memory`` controller among its super options) whose root is
    ``path`` or above it. In a container the mount's root is the container's own cgroup (``/``)."""
    for mount in mounts:
        if mount.fs_type != fs_type or (option is not None and option not in mount.super_options):
            continue
        if mount.root == "/":
            relative = path
        elif path == mount.root or path.startswith(mount.root.rstrip("/") + "/"):
            relative = path[len(mount.root):]
        else:
            continue
        folder = os.path.normpath(os.path.join(mount.point, relative.lstrip("/")))
        if os.path.isdir(folder):
            return folder
    return None


def _read_int(path: str) -> int | None:
    try:
        with open(path, encoding="ascii", errors="replace") as fh:
            text = fh.read(64).strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None  # "max": no limit


def _stat(folder: str, name: str) -> int:
    return _stats(folder, (name,))[name]


def _stats(folder: str, names: tuple[str, ...]) -> dict[str, int]:
    """``memory.stat``'s figures ``names`` at ``folder`` (0 for one missing or unreadable)."""
    out = dict.fromkeys(names, 0)
    try:
        with open(os.path.join(folder, "memory.stat"), encoding="ascii", errors="replace") as fh:
            for line in fh:
                key, _, value = line.partition(" ")
                if key in out:
                    out[key] = int(value) if value.strip().isdigit() else 0
    except OSError:
        pass
    return out


class _Files(NamedTuple):
    """A cgroup version's memory files: the limit, the usage (descendants' included), the ``memory.stat``
    keys of the file cache on the two LRU lists and of the part of it mapped into processes, and a file
    every level of the hierarchy has (where the walk stops)."""

    limit: str
    usage: str
    file_cache: tuple[str, str]
    file_mapped: str
    level_marker: str


_V2 = _Files("memory.max", "memory.current", ("active_file", "inactive_file"), "file_mapped", "cgroup.controllers")
_V1 = _Files("memory.limit_in_bytes", "memory.usage_in_bytes", ("total_active_file", "total_inactive_file"),
             "total_mapped_file", "memory.limit_in_bytes")


def _working_set(level: str, files: _Files) -> int:
    """What the cgroup at ``level`` uses beyond page cache the kernel can drop: usage less the file
    cache on both LRU lists, the mapped part of it excepted (see the module text)."""
    used = _read_int(os.path.join(level, files.usage)) or 0
    stat = _stats(level, (*files.file_cache, files.file_mapped))
    cache = sum(stat[name] for name in files.file_cache)
    return max(0, used - max(0, cache - stat[files.file_mapped]))


def _headrooms(folder: str, files: _Files) -> list[int]:
    """Each limited level from ``folder`` up, as far as the mount shows: its limit less its working set
    (a level's usage counts its descendants: siblings' use of a parent's limit included)."""
    out: list[int] = []
    level = folder
    for _ in range(64):  # a cgroup tree is never that deep; stops a loop on an odd mount
        limit = _read_int(os.path.join(level, files.limit))  # None for v2's "max": no limit
        if limit is not None and limit < _NO_LIMIT:
            out.append(limit - _working_set(level, files))
        parent = os.path.dirname(level)
        if parent == level or not os.path.exists(os.path.join(parent, files.level_marker)):
            break  # the hierarchy's root (or above the container's view of it)
        level = parent
    return out


def _v1_headrooms(folder: str) -> list[int]:
    """v1's levels (:func:`_headrooms`), and at ``folder`` its ``hierarchical_memory_limit`` (the least
    limit above it, also where a container's mount shows no level above its own) less its working set."""
    out = _headrooms(folder, _V1)
    inherited = _stat(folder, "hierarchical_memory_limit")
    if inherited and inherited < _NO_LIMIT:
        out.append(inherited - _working_set(folder, _V1))
    return out
