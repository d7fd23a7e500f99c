"""Page long terminal output the way git does: only when stdout is a terminal and the text is longer
than the screen; ``PAGER`` is respected (``cat`` or an empty value turns paging off), the default is
``less`` with ``LESS=FRX`` (quit if one screen, keep colours, leave the text on screen)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from typing import TextIO


def pager_command(environ: dict[str, str] | None = None) -> list[str] | None:
    """The pager to run (``PAGER``, else ``less``, else ``more``), or None when paging is off or unavailable."""
    env = os.environ if environ is None else environ
    if "PAGER" in env:
        value = env["PAGER"].strip()
        if not value or value == "cat":
            return None
        return shlex.split(value)
    for name in ("less", "more"):
        if shutil.which(name):
            return [name]
    return None


def should_page(text: str, stream: TextIO, height: int) -> bool:
    """Page when ``stream`` is a terminal and ``text`` has more lines than ``height``."""
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        return False
    return tty and text.count("\n") > max(1, height - 1)


def page(text: str, stream: TextIO, command: list[str] | None) -> None:
    """Show ``text`` through ``command`` (falls back to writing to ``stream`` when it cannot start)."""
    if command is None:
        stream.write(text)
        stream.flush()
        return
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    try:
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError:
        stream.write(text)
        stream.flush()
        return
    assert proc.stdin is not None
    try:
        proc.stdin.write(text.encode("utf-8", "replace"))
        proc.stdin.close()
    except BrokenPipeError:  # the reader quit the pager early
        pass
    proc.wait()
