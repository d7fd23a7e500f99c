"""The issue summary names each export found inside an input the way it names a member: by its path inside the
input (T27A L3: the whole path as given for one, the bare name for the next)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from dataexam.cli import app
from helpers import FIXTURES, cut_zip, tree_files, write_locked_zip, zip_tree

X = FIXTURES / "twitter" / "current" / "archive"
FB = FIXTURES / "facebook" / "2024-25" / "archive"


def test_issues_of_exports_in_a_folder_name_them_alike(tmp_path: Path) -> None:
    folder = tmp_path / "P60"
    cut_zip(write_locked_zip(folder / "twitter-mia.zip", tree_files(X), encrypt=set()), "data/tweets.js")
    write_locked_zip(folder / "locked.zip", tree_files(FB))  # every file encrypted
    zip_tree(FB, folder / "facebook.zip")
    result = CliRunner().invoke(app, ["timeline", str(folder), "-o", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 0, result.stderr
    lines = [line.strip() for line in result.stderr.splitlines() if " × " in line]
    # was the full path; the file the cut zip ends inside (read up to the cut: T28B M1) is named with its zip in its
    # line since T45 (two exports read: facebook.zip's and twitter-mia.zip's), and since INP51 the zip's one
    # truncated-zip line is that file's (it was the zip's line and the file's corrupt-member line)
    # (INP59, T56A 10: the zip named as the chain's first link, "twitter-mia.zip → data/tweets.js", as deeper)
    assert sorted(line.split(":")[0] for line in lines) == [
        "locked.zip", "twitter-mia.zip → data/tweets.js (before the first record)"]
    assert any(" × truncated-zip — the zip file is incomplete" in line and "data/tweets.js is cut off before its first "
               "record" in line for line in lines)
    assert not any(str(folder) in line for line in lines)


def test_an_input_given_itself_is_named_as_given(tmp_path: Path) -> None:
    z = cut_zip(write_locked_zip(tmp_path / "twitter.zip", tree_files(X), encrypt=set()), "data/tweets.js")
    result = CliRunner().invoke(app, ["timeline", str(z), "-o", str(tmp_path / "x.jsonl")])
    # the zip's one line of the cut names the file it ends inside (INP51), its message the zip
    # (INP59, T56A 10: the zip given named too, as the chain's first link)
    assert "  twitter.zip → data/tweets.js (before the first record): 1 × truncated-zip — the zip file is incomplete" \
        in result.stderr
    assert str(tmp_path) not in result.stderr.replace(str(tmp_path / "x.jsonl"), "")
