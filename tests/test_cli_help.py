"""--help reads like a mature CLI's: no Python types, no description cut mid-phrase, -h, shell completion.

The rendering depends on the CLI library: pyproject.toml pins typer to the range these tests were
written against (typer 0.27+ prints the usage line as ``{PATH...}``, 0.25 and older drop argument help).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from dataexam import cli

runner = CliRunner()
COMMANDS = ["timeline", "scan", "report", "parsers", "demo", "describe", "batch"]
ENV = dict(os.environ, NO_COLOR="1", COLUMNS="100", TERM="dumb")


def help_text(*args: str) -> str:
    result = runner.invoke(cli.app, [*args, "--help"], env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)], ids=["top", *COMMANDS])
def test_no_python_types_or_braces(command: list[str]) -> None:
    text = help_text(*command)
    for bad in ("<", ">", "{", "}", "list[", "Path]", "str]", "<int", "<float", " TEXT", " INTEGER", "FLOAT",
                "NoneType", "Optional"):
        assert bad not in text, f"{bad!r} in help of {command}:\n{text}"


@pytest.mark.parametrize("command", COMMANDS)
def test_short_flag_h_works(command: str) -> None:
    result = runner.invoke(cli.app, [command, "-h"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    assert result.stdout == help_text(command)
    top = runner.invoke(cli.app, ["-h"], env={"COLUMNS": "100"})
    assert top.exit_code == 0 and "Commands:" in top.stdout


def test_command_list_has_whole_descriptions() -> None:
    text = help_text()
    listing = text.split("Commands:", 1)[1]
    rows = [line.strip() for line in listing.splitlines() if line.strip()]
    assert [row.split()[0] for row in rows] == COMMANDS
    for row in rows:
        assert not row.endswith(("...", "…", ",")), row
        assert row.endswith((".", ")")), row


def test_top_level_help_says_start_with_demo() -> None:
    text = help_text()
    assert "Start with `dataexam demo`" in text
    assert "(start here)" in text


def test_time_and_kind_options_say_what_they_accept() -> None:
    text = re.sub(r"\s+", " ", help_text("timeline"))
    assert "--since WHEN" in text and "--until WHEN" in text
    for form in ("2024 = 2024-01-01", "2024-03", "2024-03-05", "30d", "1y", "'30 days ago'", "no zone = UTC"):
        assert form in text, form
    assert "--until 2010 means before 2010-01-01" in text
    assert "--dayfirst / --monthfirst" in text
    assert "--kind KIND" in text and "docs/kinds.md" in text and "dataexam parsers --json" in text
    assert "globs" in text


def test_usage_line_and_argument() -> None:
    text = help_text("timeline")
    assert text.startswith("Usage: dataexam timeline [OPTIONS] PATH...\n")
    assert re.search(r"^  PATH\.\.\.\s+Export zips, folders or files", text, re.M)


def test_output_format_help_lists_extensions() -> None:
    text = re.sub(r"\s+", " ", help_text("timeline"))
    assert ".jsonl/.ndjson, .csv, .db/.sqlite/.sqlite3" in text
    text = re.sub(r"\s+", " ", help_text("report"))
    assert ".json, .md, .html, .txt" in text


def test_completion_options_exist_and_show_a_script() -> None:
    text = help_text()
    assert "--install-completion" in text and "--show-completion" in text
    # The script itself, without typer's shell detection (`--show-completion` asks shellingham for the
    # parent shell, which a CI process tree may not have): the same source typer would print.
    exe = os.path.join(os.path.dirname(sys.executable), "dataexam")
    proc = subprocess.run([exe], env={**ENV, "_DATAEXAM_COMPLETE": "source_bash"}, capture_output=True,
                          timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert b"complete" in proc.stdout and b"_dataexam_completion" in proc.stdout
