"""Names with control characters are shown escaped on the terminal (the twenty-fourth pass's first tester, T1).

A zip member or a file in a scanned folder may be named ``data/x\\n\\x1b[2Jdataexam: wrote 0 event(s).js``: printed
raw, the name cleared the screen and forged a ``dataexam: wrote …`` line in errors, warnings, ``scan`` and the
report. Every name shown now goes through :func:`dataexam.outputs.shown`; the data outputs keep it as it is.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from dataexam.describe import describe, render_text
from dataexam.outputs import shown
from helpers import FIXTURES, zip_tree

X = FIXTURES / "twitter" / "current" / "archive"
ENV = dict(os.environ, NO_COLOR="1", COLUMNS="200", PYTHONIOENCODING="utf-8")
#: a member name that clears the screen, forges a summary line and holds rich markup
EVIL = "data/x\n\x1b[2Jdataexam: wrote 0 event(s)[/b].js"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dataexam", *args], capture_output=True, env=ENV, timeout=300,
                          text=True, encoding="utf-8")


@pytest.mark.parametrize(("raw", "escaped"), [
    ("evil\nname\x1b[31m.zip", "evil\\nname\\x1b[31m.zip"),
    ("a\rb\tc\x07d\x7fe\x9bf", "a\\rb\\tc\\x07d\\x7fe\\x9bf"),
    ("gpj.\u202eexe \u2028 \u2066x", "gpj.\\u202eexe \\u2028 \\u2066x"),  # bidi override, line separator, isolate
    ("café 🧀 👩\u200d💻 C:\\Users\\me", "café 🧀 👩\u200d💻 C:\\Users\\me"),  # letters, emoji, ZWJ, backslash kept
    ("dem\udce9", "dem\\xe9"),  # a byte that is not UTF-8 (a lone surrogate), as printable_path shows it
])
def test_shown_escapes_control_characters_only(raw: str, escaped: str) -> None:
    assert shown(raw) == escaped


def _evil_zip(tmp_path: Path) -> Path:
    export = zip_tree(X, tmp_path / "twitter.zip")
    with zipfile.ZipFile(export, "a") as zf:
        zf.writestr(EVIL, "window.YTD.x.part0 = []")
    return export


def test_a_member_name_cannot_forge_lines_in_warnings_or_scan(tmp_path: Path) -> None:
    export = _evil_zip(tmp_path)
    run = _cli("timeline", str(export), "-o", str(tmp_path / "t.jsonl"))
    assert run.returncode == 0, run.stderr
    assert "\x1b" not in run.stderr
    n = len((tmp_path / "t.jsonl").read_text().splitlines())
    assert [line for line in run.stderr.splitlines() if line.startswith("dataexam: wrote")] == [
        f"dataexam: wrote {n} event(s) as JSON Lines to {tmp_path / 't.jsonl'} (0 duplicate(s) dropped, "
        "1 parse issue(s))"]
    # (the zip given named as its chain's first link since INP59, T56A 10)
    assert "  twitter.zip → data/x\\n\\x1b[2Jdataexam: wrote 0 event(s)[/b].js: 1 × unhandled-file" in run.stderr
    scan = _cli("scan", str(export))
    assert scan.returncode == 0, scan.stderr
    assert "\x1b" not in scan.stdout and "unknown: data/x\\n\\x1b[2Jdataexam: wrote 0 event(s)[/b].js" in scan.stdout
    # the data keep the name as it is: JSON escapes it its own way
    listed = json.loads(_cli("scan", str(export), "--json").stdout)
    assert listed[0]["unknown_files"] == [EVIL]


def test_a_stray_file_name_in_a_folder_is_escaped_and_no_markup(tmp_path: Path) -> None:
    folder = tmp_path / "Downloads"
    folder.mkdir()
    shutil.copy(zip_tree(X, tmp_path / "x.zip"), folder / "twitter.zip")
    stray = "notes\nfake warning: all good\x1b[2J[red].txt"
    (folder / stray).write_text("mine")
    run = _cli("timeline", str(folder), "-o", str(tmp_path / "t.jsonl"))
    assert run.returncode == 0, run.stderr  # "[red]" was read as rich markup by the warning
    assert "\x1b" not in run.stderr and "'notes\\nfake warning: all good\\x1b[2J[red].txt'" in run.stderr
    assert not [line for line in run.stderr.splitlines() if line.startswith("fake warning")]
    scan = _cli("scan", str(folder))
    assert scan.returncode == 0 and "Downloads/notes\\nfake warning: all good\\x1b[2J[red].txt" in scan.stdout
    assert "\x1b" not in scan.stdout


def test_an_input_name_is_escaped_in_errors_and_the_report(tmp_path: Path) -> None:
    bad = tmp_path / "evil\nname\x1b[31m.zip"
    bad.write_bytes(b"junk")
    run = _cli("timeline", str(bad))
    assert run.returncode == 1 and "\x1b" not in run.stderr and len(run.stderr.splitlines()) == 1
    assert "evil\\nname\\x1b[31m.zip: " in run.stderr
    named = tmp_path / "ev\x1b[2Jil.zip"
    shutil.copy(_evil_zip(tmp_path), named)
    for fmt in ("text", "markdown", "html"):
        report = _cli("report", str(named), "-f", fmt, "--no-pager")
        assert report.returncode == 0, report.stderr
        # Markdown escapes the bracket as well (data is never markup there: "\[" renders as "[")
        want = "ev\\x1b\\[2Jil.zip" if fmt == "markdown" else "ev\\x1b[2Jil.zip"
        assert "\x1b" not in report.stdout and want in report.stdout


def test_describe_text_escapes_each_line(tmp_path: Path) -> None:
    folder = shutil.copytree(X, tmp_path / "arch")
    (folder / "data" / "a\nb\x1b[2J.txt").write_text("x")
    text = render_text(describe([folder]))
    assert "\x1b" not in text
    assert all(not line.startswith("b\\") and not line.startswith("b\x1b") for line in text.splitlines())
