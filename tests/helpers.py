"""Shared test helpers: zipping fixture trees, canonical event serialisation, golden files."""

from __future__ import annotations

import json
import os
import time
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from dataexam.events import Event, ParseIssue

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"


def zip_tree(folder: Path, dest: Path, *, wrapper: str | None = None) -> Path:
    """Zip a readable fixture tree the way an export download looks (optionally in a wrapper folder)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            for name in sorted(files):
                full = Path(root, name)
                rel = full.relative_to(folder).as_posix()
                zf.write(full, f"{wrapper}/{rel}" if wrapper else rel)
    return dest


def canonical(items: Iterable[Event | ParseIssue]) -> list[dict]:
    """Events and issues as plain dicts, independent of where the archive lives (zip or folder)."""
    out = []
    for item in items:
        d = item.to_dict()
        if isinstance(item, Event):
            d["origin"]["archive"] = "<archive>"
            d = {"event": d}
        else:
            d["archive"] = "<archive>"
            d = {"issue": d}
        out.append(json.loads(json.dumps(d, ensure_ascii=False, default=str)))
    return out


def sort_canonical(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))


def check_golden(path: Path, rows: list[dict], update: bool) -> None:
    """Compare rows with a golden JSON Lines file; ``pytest --update-golden`` rewrites it."""
    text = "".join(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n" for r in rows)
    if update or not path.exists():
        path.write_text(text, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8").splitlines()
    actual = text.splitlines()
    assert actual == expected, f"golden mismatch for {path} (run pytest --update-golden and review the diff)"


def process_running(pid: int | str) -> bool:
    """Whether process ``pid`` still runs (Linux ``/proc``). A zombie (ended, not yet reaped by whoever
    adopted it: a container's init may never reap) runs no more."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except FileNotFoundError:
        return False


def wait_until(condition: Callable[[], bool], within: float) -> bool:
    """Poll ``condition`` every 50 ms for at most ``within`` seconds; whether it came true."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def as_nobody(run: Callable[[], object]) -> object:
    """``run()`` as an unprivileged user, its result passed back as JSON: directly where the tests do not
    run as root, else in a forked child that drops to uid/gid 65534 (nobody) first — root reads anything,
    so a real permission check needs it. Warm up what ``run`` imports before calling: the child may not
    read the interpreter's own folders (a Python under /root, 0700)."""
    if os.geteuid() != 0:
        return json.loads(json.dumps(run()))
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: drop privileges, run, report, exit without running pytest's teardown
        status = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            os.write(write_end, json.dumps(run()).encode())
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as fh:
        data = fh.read()
    _, status = os.waitpid(pid, 0)
    assert status == 0, "the unprivileged child failed"
    return json.loads(data)
