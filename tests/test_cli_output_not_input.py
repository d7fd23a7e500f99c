"""An output never replaces an input: `-o` onto an export, or into one, is refused (exit 2), untouched."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam.cli import app
from helpers import FIXTURES, zip_tree

X = FIXTURES / "twitter" / "current" / "archive"


def _digest(path: Path) -> str:
    if path.is_dir():
        return hashlib.sha256(b"".join(_digest(p).encode() + p.name.encode() for p in sorted(path.rglob("*"))
                                       if p.is_file())).hexdigest()
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", [["timeline"], ["report", "-f", "json"]])
def test_output_onto_the_input_zip_is_refused(command: list[str], tmp_path: Path) -> None:
    export = zip_tree(X, tmp_path / "twitter-2024.zip")
    before = _digest(export)
    result = CliRunner().invoke(app, [*command, str(export), "-o", str(export)])
    assert result.exit_code == 2 and "never writes over an export" in result.stderr
    assert _digest(export) == before


def test_output_inside_an_input_folder_or_through_a_link_is_refused(tmp_path: Path) -> None:
    export = shutil.copytree(X, tmp_path / "twitter")
    before = _digest(export)
    inside = CliRunner().invoke(app, ["timeline", str(export), "-o", str(export / "data" / "tweets.js")])
    assert inside.exit_code == 2 and "is inside the input" in inside.stderr
    link = tmp_path / "me.jsonl"
    link.symlink_to(export / "data" / "tweets.js")
    through = CliRunner().invoke(app, ["timeline", str(export), "-o", str(link)])
    assert through.exit_code == 2
    assert _digest(export) == before
    assert not list(export.rglob("*.part")) and not list(export.rglob(".*.part"))


def test_a_single_csv_input_is_not_overwritten(tmp_path: Path) -> None:
    csv = next((FIXTURES / "amazon" / "order-report").rglob("*.csv"))
    copy = shutil.copy(csv, tmp_path / csv.name)
    result = CliRunner().invoke(app, ["timeline", str(copy), "-o", str(copy)])
    assert result.exit_code == 2 and Path(copy).read_bytes() == csv.read_bytes()
