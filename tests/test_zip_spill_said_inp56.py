"""Every spill into a temporary folder in memory is said (INP56, T53C 1).

A deflated part zip inside a zip of part zips is inflated once into a private temporary file (INP55). Where the
temporary folder is in memory (a ``TMPDIR`` on ``tmpfs``) that took memory without a word, while the sort's runs
spilled there were said ("… took memory too"). Now the run says how many zips and how many MB, as for the sort.
Invented exports from the zip-cut tests' builders; the folder's file system is made "tmpfs" by patching the look-up.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import pytest
from test_issue_counts_inp51 import _last
from test_zip_cut import _facebook_files, _zip

from dataexam import api
from dataexam.tempdirs import size_words


def _parts(method: int) -> dict[str, bytes]:
    files = dict(_last(_facebook_files()[0], "posts/your_posts_1.json"))
    files.update({f"posts/media/p{i}.jpg": bytes([i]) * 30_000 for i in range(3)})
    one = _zip(files, zipfile.ZIP_DEFLATED)
    return {"facebook-a-part1.zip": one, "facebook-a-part2.zip": one}


def _outer(tmp_path: Path, method: int, cut: float = 1.0) -> tuple[Path, int]:
    parts = _parts(method)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in parts.items():
            zf.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data, compress_type=method)
    whole = buf.getvalue()
    path = tmp_path / "outer.zip"
    path.write_bytes(whole[: int(len(whole) * cut)])
    return path, sum(len(d) for d in parts.values())


def _run(path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch, in_memory: bool) -> list[str]:
    folder.mkdir(exist_ok=True)
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)  # (Python caches its choice)
    monkeypatch.setattr(api, "memory_file_system",
                        lambda p: "tmpfs" if in_memory and Path(p).resolve() == folder.resolve() else None)
    stats = api.RunStats()
    assert sum(1 for _ in api.timeline(str(path), stats=stats)) > 0
    assert list(folder.iterdir()) == []  # nothing left behind
    return [w for w in stats.warnings if "inflated" in w]


def test_part_zips_inflated_into_a_folder_in_memory_are_said(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path, size = _outer(tmp_path, zipfile.ZIP_DEFLATED)
    assert 10_000 < size < 1_000_000  # said in KB since INP57 (T54B 7: "their 0.0 MB")
    folder = tmp_path / "shm"
    assert _run(path, folder, monkeypatch, in_memory=True) == [
        f"2 zips inside zips (a zip of part zips) were inflated into the temporary folder {folder}, which is in "
        f"memory (tmpfs): their {size_words(size)} took memory too while they were read; to keep memory flat, set "
        "TMPDIR to a folder on disk (e.g. TMPDIR=/var/tmp)"]


def test_a_cut_zip_of_part_zips_inflated_into_memory_is_said_too(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # cut inside its second part: the first inflated whole, the second's bytes before the cut (salvaged)
    path, _size = _outer(tmp_path, zipfile.ZIP_DEFLATED, cut=0.8)
    said = _run(path, tmp_path / "shm", monkeypatch, in_memory=True)
    assert len(said) == 1 and said[0].startswith("2 zips inside zips (a zip of part zips) were inflated into the "
                                                 f"temporary folder {tmp_path / 'shm'}, which is in memory (tmpfs)")


def test_on_disk_or_stored_nothing_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, _size = _outer(tmp_path, zipfile.ZIP_DEFLATED)
    assert _run(path, tmp_path / "disk", monkeypatch, in_memory=False) == []
    stored, _size = _outer(tmp_path, zipfile.ZIP_STORED)  # read where it lies: nothing inflated
    assert _run(stored, tmp_path / "shm", monkeypatch, in_memory=True) == []
