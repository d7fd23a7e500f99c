"""A broken pipe (`dataexam … | head`) ends quietly with exit 0 for every command and format (issue 13)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import FIXTURES

X = str(FIXTURES / "twitter" / "current" / "archive")
ENV = dict(os.environ, NO_COLOR="1", COLUMNS="100", PYTHONIOENCODING="utf-8")

COMMANDS = [
    ["timeline", X], ["timeline", X, "-f", "csv"], ["timeline", X, "-o", "-"],
    ["scan", X], ["scan", X, "--json"],
    ["report", X], ["report", X, "-f", "json"], ["report", X, "-f", "markdown"],
    ["parsers"], ["parsers", "--json"],
    ["demo", "--scale", "0.02", "--out", "{tmp}"], ["demo", "--scale", "0.02", "--out", "{tmp}", "--no-report"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a).replace(X, "X") for a in COMMANDS])
def test_reader_gone_before_the_first_write(args: list[str], tmp_path: Path) -> None:
    args = [a.replace("{tmp}", str(tmp_path / "demo")) for a in args]
    proc = subprocess.Popen([sys.executable, "-m", "dataexam", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=ENV)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader has left: every write the command makes meets a broken pipe
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 0, stderr
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr and "error" not in stderr


@pytest.mark.parametrize("args", [["report", X], ["scan", X], ["timeline", X]], ids=["report", "scan", "timeline"])
def test_pipe_into_head(args: list[str]) -> None:
    proc = subprocess.run(f"{sys.executable} -m dataexam {' '.join(args)} | head -n 1 >/dev/null; "
                          "exit ${PIPESTATUS[0]}", shell=True, executable="/bin/bash", env=ENV,
                          capture_output=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr.decode() == ""
