"""``-o`` onto a damaged SQLite database (the thirty-second pass's fresh tester T32A, L6): a database whose header
reads but whose first page is damaged ("database disk image is malformed") was "internal error (DatabaseError) …
report it"; it is refused as a damaged database, left as it was, with and without --append."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import cli
from dataexam.errors import ExitCode
from helpers import FIXTURES

runner = CliRunner()
X_CURRENT = FIXTURES / "twitter" / "current" / "archive"


def _damaged(path: Path) -> bytes:
    with sqlite3.connect(path) as conn:
        conn.execute("create table t(x)")
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek(100)
        fh.write(b"X")
    return path.read_bytes()


@pytest.mark.parametrize("append", [False, True])
def test_a_damaged_database_is_refused_and_left_as_it_was(tmp_path: Path, append: bool) -> None:
    db = tmp_path / "enc.db"
    before = _damaged(db)
    args = ["timeline", str(X_CURRENT), "-o", str(db), *(["--append"] if append else [])]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == ExitCode.ERROR, result.stderr
    assert "internal error" not in result.stderr and "report it" not in result.stderr
    assert f"{db}: a damaged SQLite database (SQLite: " in result.stderr
    assert "refusing to write into it" in result.stderr
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["enc.db"]
