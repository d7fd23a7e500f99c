"""A zip of part zips, cut, whose deflated part zip cannot be unpacked because the temporary folder is full (T52 1).

INP54 inflates a deflated part zip inside a cut zip into a private temporary file; where that file found no room
(ENOSPC), the part zip was said "damaged too and was skipped" or, cut, "none of its files were read; download it
again" — blaming the zip or the download. Now the reason is the temporary folder's, with what to do. The temporary
file's writes fail as on a full disk (invented exports from the zip-cut tests' builders).
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
from test_zip_cut import _facebook_files, _zip
from test_zip_cut_one_fault import _x_two

from dataexam import api
from dataexam.errors import DataexamError


class _Full(io.BufferedRandom):
    def write(self, b: object) -> int:  # type: ignore[override]
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def full_temp(monkeypatch: pytest.MonkeyPatch) -> None:
    real = tempfile.TemporaryFile

    def full(*args: object, **kwargs: object) -> io.BufferedRandom:
        f = real(*args, **kwargs)  # type: ignore[call-overload]
        fd = os.dup(f.fileno())
        f.close()
        return _Full(io.FileIO(fd, "r+"))

    monkeypatch.setattr(tempfile, "TemporaryFile", full)


def _refusal(path: Path) -> str:
    with pytest.raises(DataexamError) as caught:
        for _ in api.timeline(str(path), stats=api.RunStats()):
            pass
    return str(caught.value)


def test_a_cut_part_zip_not_unpacked_for_want_of_room_says_so(tmp_path: Path, full_temp: None) -> None:
    x = _zip({"twitter-2024-05-01-abc123.zip": _zip(_x_two(), zipfile.ZIP_DEFLATED)}, zipfile.ZIP_DEFLATED)
    path = tmp_path / "x_cut.zip"
    path.write_bytes(x[: int(len(x) * 0.7)])
    said = _refusal(path)
    # INP55: the no-room error itself (exit 1), no longer a damaged zip's with the room said inside it
    assert said.startswith(f"{path}: nothing in it could be read: no room in the temporary folder ")
    assert "to unpack twitter-2024-05-01-abc123.zip, a zip inside it (No space left on device" in said
    assert "point TMPDIR at a folder with room, and run again; the zip file is also incomplete" in said
    assert "download it again" not in said


def test_a_whole_part_zip_not_unpacked_for_want_of_room_is_no_damaged_zip(tmp_path: Path, full_temp: None) -> None:
    inner = _zip(_last(_facebook_files()[0], "posts/your_posts_1.json"), zipfile.ZIP_DEFLATED)
    outer = _zip({"facebook-a-part1.zip": inner, "facebook-a-part2.zip": inner}, zipfile.ZIP_DEFLATED)
    path = tmp_path / "fb_cut.zip"
    path.write_bytes(outer[: int(len(outer) * 0.8)])
    # INP56 (T53C 6): the whole part zip is read from the outer zip, streamed, without the temporary folder (INP55:
    # the no-room error named both part zips, nothing read); the cut one is said not unpacked, no zip "damaged"
    stats = api.RunStats()
    assert sum(1 for _ in api.timeline(str(path), stats=stats)) > 0
    said = [i.message for i in stats.issues]
    assert [m for m in said if "facebook-a-part2.zip, a zip itself" in m and "(no room in the temporary folder to "
            "unpack it (No space left on device" in m] == said
    assert not [m for m in said if "damaged too" in m]
