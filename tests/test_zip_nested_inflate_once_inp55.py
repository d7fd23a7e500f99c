"""A deflated part zip inside a whole zip is inflated once (INP55 3).

zipfile's stream of a deflated member inflates it again from its start on every backward seek, and reading a zip
through its directory seeks back for each of its files: a part zip whose files lie in another order than their paths
(Facebook's media after its JSON) was inflated about once per file (3 part zips of 300 files of 200 KB: 53 s CPU to
read them, 1 s now). Now it is inflated once into a private temporary file with no name, closed with the archive.
Invented exports from the zip-cut tests' builders.
"""

from __future__ import annotations

import io
import random
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest
from test_issue_counts_inp51 import _last
from test_zip_cut import _facebook_files, _zip

from dataexam.archive import open_input

_PARTS = 3
_FILES = 40


def _outer(tmp_path: Path) -> Path:
    rnd = random.Random(5)
    parts = {}
    for k in range(_PARTS):
        files = dict(_last(_facebook_files()[0], "posts/your_posts_1.json"))
        names = [f"posts/media/photo_{t:03d}.jpg" for t in range(_FILES)]
        rnd.shuffle(names)  # written in another order than their paths'
        files.update({n: rnd.randbytes(20_000) for n in names})
        parts[f"facebook-a-part{k + 1}.zip"] = _zip(files, zipfile.ZIP_DEFLATED)
    path = tmp_path / "outer.zip"
    path.write_bytes(_zip(parts, zipfile.ZIP_DEFLATED))
    return path


def _read_all(path: Path) -> tuple[int, int]:
    """(members, bytes) of every member of the archive, each read once in path order."""
    total = 0
    with open_input(path) as archive:
        members = archive.members()
        for member in members:
            with member.open() as fh:
                while chunk := fh.read(1 << 16):
                    total += len(chunk)
    return len(members), total


def test_each_deflated_part_zip_is_inflated_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _outer(tmp_path)
    with zipfile.ZipFile(path) as outer:
        inner_files = [len(zipfile.ZipFile(io.BytesIO(outer.read(i))).infolist()) for i in outer.infolist()]
    made: list[int] = []
    real = zlib.decompressobj

    def counted(wbits: int = 15, *args: Any) -> Any:
        made.append(wbits)
        return real(wbits, *args)

    # every inflation, zipfile's (a file read) or dataexam's own (a part zip into its temporary file, INP59)
    monkeypatch.setattr(zlib, "decompressobj", counted)
    members, _bytes = _read_all(path)
    assert members == sum(inner_files)
    # one inflation per part zip, one per file read: no part zip inflated again from its start
    assert len(made) == _PARTS + members


def test_the_temporary_files_are_closed_with_the_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _outer(tmp_path)
    made: list[Any] = []
    real = tempfile.TemporaryFile

    def recorded(*args: Any, **kwargs: Any) -> Any:
        f = real(*args, **kwargs)
        made.append(f)
        return f

    monkeypatch.setattr(tempfile, "TemporaryFile", recorded)
    with open_input(path) as archive:
        assert len(made) == _PARTS and not any(f.closed for f in made)
        assert len(archive.members()) == _PARTS * (_FILES + len(_last(_facebook_files()[0], "posts/your_posts_1.json")))
    assert all(f.closed for f in made)
