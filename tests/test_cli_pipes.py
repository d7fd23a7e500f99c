"""A broken pipe (`dataexam … | head`) ends quietly with exit 0 for every command and format (issue 13)."""

from __future__ import annotations

import io
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


# -- what stdout is written in -------------------------------------------------------------------------------
DATA_OUTPUTS = [["timeline", X], ["timeline", X, "-f", "csv"], ["report", X, "-f", "json"],
                ["report", X, "-f", "markdown"], ["report", X, "--no-pager"]]


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize("args", DATA_OUTPUTS, ids=["jsonl", "csv", "report-json", "report-md", "report-text"])
def test_redirected_stdout_is_utf8_whatever_the_locale(args: list[str], encoding: str) -> None:
    # a locale's ISO-8859-1 or ASCII (or Windows' ANSI code page for a redirect) ended every run at the first
    # emoji with an internal error; JSON must be UTF-8 (RFC 8259), and jq or pandas read it as such
    command = [sys.executable, "-m", "dataexam", *args, "-q", "--jobs", "1"]
    utf8 = subprocess.run(command, capture_output=True, env=ENV, timeout=300)
    other = subprocess.run(command, capture_output=True, env={**ENV, "PYTHONIOENCODING": encoding}, timeout=300)
    assert other.returncode == 0, other.stderr.decode()
    assert other.stdout.decode("utf-8") and not other.stdout.isascii()  # the fixture's own non-ASCII text
    if "report" not in args:  # a report carries the time it was made
        assert other.stdout == utf8.stdout


def test_a_terminal_that_cannot_show_a_character_gets_a_stand_in() -> None:
    import pty

    main, terminal = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "dataexam", "report", X, "--no-pager", "-q"], stdout=terminal,
                            stderr=subprocess.PIPE, env={**ENV, "PYTHONIOENCODING": "ascii"})
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal's other end closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(main)
    assert proc.wait(timeout=300) == 0, proc.stderr.read().decode() if proc.stderr else ""
    assert shown.isascii() and b"?" in shown and b"dataexam report" in shown


# -- a closed standard output (`>&-`) ------------------------------------------------------------------------
def _closed_stdout(args: list[str], **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "dataexam", *args], stderr=subprocess.PIPE, env=ENV, timeout=300,
                          preexec_fn=lambda: os.close(1), **kw)  # type: ignore[call-overload]


@pytest.mark.parametrize("args", [["timeline", X], ["report", X, "-f", "json"], ["scan", X], ["parsers"],
                                  ["--help"], ["timeline", "--help"]],
                         ids=["timeline", "report", "scan", "parsers", "help", "timeline-help"])
def test_writing_to_a_closed_stdout_is_an_error(args: list[str]) -> None:
    run = _closed_stdout([*args, "-q"] if args[0] in ("timeline", "report") and "--help" not in args else args)
    stderr = run.stderr.decode()
    assert run.returncode == 1, stderr
    assert "standard output is closed (the command was started with >&-)" in stderr
    assert "Traceback" not in stderr and "internal error" not in stderr


@pytest.mark.parametrize("target", ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"])
def test_an_output_named_after_a_closed_stdout_is_an_error(target: str) -> None:
    # fd 1 is held on /dev/null: -o /dev/stdout would have "succeeded" into it
    run = _closed_stdout(["timeline", X, "-q", "-o", target])
    assert run.returncode == 1, run.stderr.decode()
    assert "standard output is closed" in run.stderr.decode()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_closed_stdout_does_not_stop_or_spoil_an_output_file(jobs: str, tmp_path: Path) -> None:
    # fds 0-2 closed at start are held on /dev/null: no file the run opens takes their numbers (the output
    # file or a worker's pipe as fd 1 would have received whatever was written to "stdout")
    expected = subprocess.run([sys.executable, "-m", "dataexam", "timeline", X, "-q", "--jobs", jobs],
                              capture_output=True, env=ENV, timeout=300).stdout
    out = tmp_path / "t.jsonl"
    run = subprocess.run([sys.executable, "-m", "dataexam", "timeline", X, "-o", str(out), "--jobs", jobs],
                         env=ENV, timeout=300, stdin=subprocess.DEVNULL,
                         preexec_fn=lambda: [os.close(fd) for fd in (0, 1, 2)])
    assert run.returncode == 0
    assert out.read_bytes() == expected


# -- a standard error that cannot show every character ------------------------------------------------------
def test_messages_on_an_ascii_stderr_use_stand_ins() -> None:
    from dataexam.outputs import STAND_IN_ERRORS, shows_unicode

    text = "Straße.json — 3 × bad-record… → ‘x’ 😀"
    assert text.encode("ascii", STAND_IN_ERRORS) == b"Stra\\xdfe.json - 3 x bad-record... -> 'x' \\U0001f600"
    assert text.encode("latin-1", STAND_IN_ERRORS).decode("latin-1").startswith("Straße.json - 3 × bad-record...")
    assert shows_unicode(io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    assert not shows_unicode(io.TextIOWrapper(io.BytesIO(), encoding="ascii"))
    assert not shows_unicode(io.TextIOWrapper(io.BytesIO(), encoding="iso-8859-1"))


@pytest.mark.parametrize("encoding", ["ascii", "utf-8"])
def test_progress_on_a_terminal_that_cannot_show_braille(encoding: str, tmp_path: Path) -> None:
    # the live counter's spinner was braille, shown on an ASCII terminal as "\u280b" escapes
    import pty

    main, terminal = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "dataexam", "timeline", X, "--jobs", "1", "-o", str(tmp_path / "t")],
                            stderr=terminal, stdout=subprocess.DEVNULL, env={**ENV, "PYTHONIOENCODING": encoding})
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(main)
    assert proc.wait(timeout=300) == 0
    assert b"timeline: reading" in shown  # the counter was drawn
    if encoding == "ascii":
        assert shown.isascii() and b"\\u" not in shown and b"reading..." in shown
    else:
        assert "reading…".encode() in shown
