"""A zip read as nothing keeps the issues of the zips inside it; a file size limit is said as one (INP56).

T53C 2: a folder holding a cut zip of deflated Facebook part zips (none unpacked: the temporary folder refused the
writes) beside an X export: ``scan`` listed the part zip's "nested zip not read" issue under the X export. Now it is
said with the zip it came from (the skipped item), and the X export has no issue of it.
T53C 6: a write refused for its size (EFBIG: ``ulimit -f``, a file system's largest file) was said "no room …
free some room there"; now the file size limit is named with what to do. The temporary file's writes fail as the
system would (invented exports from the zip-cut tests' builders).
"""

from __future__ import annotations

import errno
import io
import os
import tempfile
import zipfile
from pathlib import Path

import pytest
from test_issue_counts_inp51 import _last
from test_zip_cut import _facebook_files, _x_files, _zip

from dataexam import api
from dataexam.errors import DataexamError

_WORDS = {
    errno.ENOSPC: ("no room in the temporary folder to unpack it (No space left on device: the disk is full); "
                   "free some room there, or point TMPDIR at a folder with room, and run again"),
    errno.EFBIG: ("the file size limit stops it being unpacked into the temporary folder (File too large: a file "
                  "larger than the file system or a file size limit (ulimit -f) allows); raise the file size limit "
                  "(ulimit -f) or point TMPDIR at a folder whose file system takes larger files, and run again"),
}


def _refusing(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    real = tempfile.TemporaryFile

    class _Refuses(io.BufferedRandom):
        def write(self, b: object) -> int:  # type: ignore[override]
            raise OSError(code, os.strerror(code))

    def refusing(*args: object, **kwargs: object) -> io.BufferedRandom:
        f = real(*args, **kwargs)  # type: ignore[call-overload]
        fd = os.dup(f.fileno())
        f.close()
        return _Refuses(io.FileIO(fd, "r+"))

    monkeypatch.setattr(tempfile, "TemporaryFile", refusing)
    monkeypatch.setattr("dataexam.errors.os.path.isdir", lambda p: True)  # (a disk, not tmpfs: the same words)
    monkeypatch.setattr("dataexam.tempdirs.memory_file_system", lambda p: None)


def _fb_cut(parts: int = 2) -> bytes:
    inner = _zip(_last(_facebook_files()[0], "posts/your_posts_1.json"), zipfile.ZIP_DEFLATED)
    outer = _zip({f"facebook-a-part{k + 1}.zip": inner for k in range(parts)}, zipfile.ZIP_DEFLATED)
    return outer[: int(len(outer) * 0.8)]


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EFBIG])
def test_the_part_zips_issues_stay_with_their_zip_not_the_export_beside_it(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch,
                                                                          code: int) -> None:
    folder = tmp_path / "in"
    (folder / "fb_cut.zip").parent.mkdir()
    (folder / "fb_cut.zip").write_bytes(_fb_cut())
    for name, data in _x_files()[0].items():
        (folder / "twitter-2024" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "twitter-2024" / name).write_bytes(data)
    _refusing(monkeypatch, code)
    # a whole part zip that cannot be read from the zip holding it either (its issue stays): since INP56 a whole one is
    # read so (T53C 6), which would leave the cut zip no issue of a zip inside it to file
    monkeypatch.setattr("dataexam.archive._streamed_zip", lambda *args: None)
    results = api.scan(str(folder))
    x = [r for r in results if r.is_export]
    skipped = [r for r in results if not r.is_export]
    assert [r.parser for r in x] == ["twitter"]
    # (T53C 2: the part zip's issue was listed here; the X fixture's own count-mismatch stays)
    assert [(f["file"], f["code"]) for f in x[0].issue_files] == [("data/tweets.js", "count-mismatch")]
    assert [r.inputs for r in skipped] == [[f"{folder}/fb_cut.zip"]]
    assert skipped[0].reason.endswith(f"; facebook-a-part1.zip: nested zip not read: {_WORDS[code]}")


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EFBIG])
def test_nothing_read_for_a_file_size_limit_says_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           code: int) -> None:
    path = tmp_path / "fb_cut.zip"
    path.write_bytes(_fb_cut(parts=1))
    _refusing(monkeypatch, code)
    with pytest.raises(DataexamError) as caught:
        for _ in api.timeline(str(path), stats=api.RunStats()):
            pass
    folder = tempfile.gettempdir()
    zips = "facebook-a-part1.zip, a zip inside it"
    fault = (f"the file size limit stops {zips} being unpacked into the temporary folder {folder} (File too large: "
             "a file larger than the file system or a file size limit (ulimit -f) allows); raise the file size limit "
             "(ulimit -f) or point TMPDIR at a folder whose file system takes larger files, and run again"
             if code == errno.EFBIG else
             f"no room in the temporary folder {folder} to unpack {zips} (No space left on device: the disk is "
             "full); free some room there, or point TMPDIR at a folder with room, and run again")
    assert str(caught.value) == (f"{path}: nothing in it could be read: {fault}; the zip file is also incomplete "
                                 "(was the download interrupted?)")


def test_a_whole_part_zip_before_the_cut_is_read_where_no_temporary_file_can_be(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # T53C 6: the whole deflated part zip before the cut was "nested zip not read" (its records lost), where in a
    # whole outer zip it is read from it, streamed: now read so here too, with every record of it
    inner = _zip(_last(_facebook_files()[0], "posts/your_posts_1.json"), zipfile.ZIP_DEFLATED)
    alone = tmp_path / "facebook-a-part1.zip"
    alone.write_bytes(inner)
    expected = sum(1 for _ in api.timeline(str(alone), stats=api.RunStats()))
    path = tmp_path / "fb_cut.zip"
    path.write_bytes(_fb_cut())
    _refusing(monkeypatch, errno.EFBIG)
    stats = api.RunStats()
    assert sum(1 for _ in api.timeline(str(path), stats=stats)) == expected
    assert [(i.code, i.message) for i in stats.issues] == [("truncated-zip", (
        "the zip file is incomplete or its directory is damaged (was the download interrupted?); 1 complete file(s) "
        "were read, and facebook-a-part2.zip, a zip itself, as far as it goes: the zip ends inside it, and none of its "
        f"files could be read ({_WORDS[errno.EFBIG]})"))]
