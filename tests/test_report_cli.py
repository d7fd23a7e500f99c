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


class _TTY:
    """A stdout that says it is a terminal (what `dataexam report` sees in a shell)."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        pass


def test_long_report_on_a_terminal_goes_through_pager(tmp_path: Path, monkeypatch) -> None:
    from dataexam import api

    result = api.report(INPUTS)
    paged = tmp_path / "paged.txt"
    monkeypatch.setenv("PAGER", f"sh -c 'cat > {paged}'")
    monkeypatch.setenv("LINES", "30")
    monkeypatch.setenv("COLUMNS", "100")
    tty = _TTY()
    monkeypatch.setattr("sys.stdout", tty)
    cli._render_text(result, {"detail": "default", "only": None, "redact": False}, no_pager=False)
    assert "At a glance" in paged.read_text("utf-8") and not tty.parts
    paged.unlink()
    cli._render_text(result, {"detail": "default", "only": None, "redact": False}, no_pager=True)
    assert not paged.exists()  # --no-pager writes straight through
    monkeypatch.setenv("PAGER", "cat")
    tty.parts.clear()
    cli._render_text(result, {"detail": "default", "only": None, "redact": False}, no_pager=False)
    assert not paged.exists() and "At a glance" in "".join(tty.parts)  # PAGER=cat: no pager
