"""The report options on the command line: -f html, --detail, --only, --redact, --no-pager."""

from __future__ import annotations

import stat
from pathlib import Path

from typer.testing import CliRunner

from dataexam import cli
from dataexam.errors import ExitCode

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
INPUTS = [str(ROOT / "fixtures" / "twitter" / "current"), str(ROOT / "fixtures" / "facebook" / "2024-25"),
          str(ROOT / "fixtures" / "amazon" / "2025")]


def test_html_to_a_private_file_without_network(tmp_path: Path, no_network: None) -> None:
    out = tmp_path / "report.html"
    result = runner.invoke(cli.app, ["report", *INPUTS, "-f", "html", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    page = out.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_only_detail_and_no_pager(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["report", *INPUTS, "--only", "timezone,devices", "--no-pager", "-q"])
    assert result.exit_code == 0, result.output
    assert "At a glance" in result.stdout and "Time zone" in result.stdout
    assert "Spending profile" not in result.stdout
    full = runner.invoke(cli.app, ["report", *INPUTS, "--only", "timezone", "--detail", "full", "-q"])
    assert full.exit_code == 0 and "Method:" in full.stdout


def test_unknown_only_is_a_usage_error() -> None:
    result = runner.invoke(cli.app, ["report", *INPUTS, "--only", "spendings", "-q"])
    assert result.exit_code == ExitCode.USAGE
    assert "unknown finding" in result.output


def test_redact_markdown(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["report", *INPUTS, "-f", "markdown", "--redact", "-q"])
    assert result.exit_code == 0, result.output
    assert "**Redacted:**" in result.stdout
    assert str(ROOT) not in result.stdout
