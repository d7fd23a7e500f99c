"""The CLI's stderr header of a zip cut short (INP49): every cut was headed "records before each fault were kept"
(or by our own words in the truncated-zip line), whatever the cut lost. Now the header says what each cut did:

* cut inside the zip's directory at its end: every file was read whole — no fault in reading;
* cut inside a file's data: that file's records up to the cut were kept (the zip's one truncated-zip line says after
  which: INP51, the file's own corrupt-member line was a second), the files before it whole — records before each
  fault were kept;
* cut inside a later file's header, just before its data, at an encrypted file whose size follows its data, or where
  no further header is: that file was not read at all — the header makes no claim of records kept.

The zips are built here (a Facebook download of the test fixtures with 400 posts; the posts file stored, deflated or
encrypted) and read by the CLI at --jobs 1, 2 and 3. Synthetic data only."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_zip_cut import _facebook_files, _zip

from dataexam import api
from dataexam.issue_codes import IssueKind

POSTS = "posts/your_posts_1.json"
TRUNCATED = "the zip file is incomplete or its directory is damaged (was the download interrupted?); "
WHOLE = "parse issue(s), no fault in reading: every file given was read to its end:"


def _files() -> dict[str, bytes]:
    files, member = _facebook_files()
    assert member == POSTS
    # the posts file in the middle of the zip: files after it, as a download's
    rest = {k: v for k, v in files.items() if k != POSTS}
    names = sorted(rest)
    return {**{k: rest[k] for k in names[: len(names) // 2]}, POSTS: files[POSTS],
            **{k: rest[k] for k in names[len(names) // 2:]}}


def _report(path: Path, out: Path, jobs: int = 1) -> tuple[dict, str]:  # type: ignore[type-arg]
    run = [sys.executable, "-m", "dataexam", "report", str(path), "-f", "json", "-o", str(out), "--no-pager",
           "--jobs", str(jobs)]
    done = subprocess.run(run, capture_output=True, text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"})
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text(encoding="utf-8")), " ".join(done.stderr.split())


def _data_span(data: bytes, member: str) -> tuple[int, int, int]:
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    return info.header_offset, info.header_offset + 30 + name_len + extra_len, info.compress_size


def _kinds(path: Path) -> list[tuple[str, IssueKind, bool]]:
    stats = api.RunStats()
    for _e in api.timeline(path, stats=stats):
        pass
    return sorted((i.code, i.kind, bool(i.nothing_read)) for i in stats.issues)  # type: ignore[misc]


@pytest.mark.parametrize("back", [1, 10, 22, 60, 400])
def test_a_zip_cut_inside_its_directory_was_read_whole(tmp_path: Path, back: int) -> None:
    """Every file's data is there: the directory alone is cut (was "the rest of the file is missing or unreadable",
    headed "records before each fault were kept")."""
    data = _zip(_files(), zipfile.ZIP_DEFLATED)
    directory = data.index(b"PK\x01\x02")
    assert len(data) - back > directory
    z = tmp_path / "facebook-inesvarga.zip"
    z.write_bytes(data[: len(data) - back])
    _data, stderr = _report(z, tmp_path / "r.json")
    assert f"warning: 1 {WHOLE}" in stderr
    assert (f"facebook-inesvarga.zip: 1 × truncated-zip — {TRUNCATED}{len(_files())} complete file(s) were read; "
            "every file's data is whole: only the zip's directory at its end is cut or damaged") in stderr
    assert "fault" not in stderr.replace("no fault in reading", "")
    assert _kinds(z) == [("truncated-zip", IssueKind.NOTE, False)]


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED], ids=["stored", "deflated"])
@pytest.mark.parametrize("fraction", [0.2, 0.5, 0.9])
def test_a_zip_cut_inside_a_file_s_data_kept_its_records(tmp_path: Path, method: int, fraction: float) -> None:
    """The zip's truncated-zip line, naming the cut file and after which record: records before each fault were kept;
    one line of the one fault (INP50: two lines counted once; INP49: "2 parse issue(s)")."""
    files = _files()
    data = _zip({**{k: v for k, v in files.items() if k != POSTS}, POSTS: files[POSTS]}, method)  # the posts last
    _header, start, size = _data_span(data, POSTS)
    z = tmp_path / "facebook-inesvarga.zip"
    z.write_bytes(data[: start + int(size * fraction)])
    _report_data, stderr = _report(z, tmp_path / "r.json")
    assert "warning: 1 parse issue(s); records before each fault were kept: " in stderr
    assert (f"{TRUNCATED}{len(files) - 1} complete file(s) were read, and {POSTS} as far as it goes: the zip ends "
            f"inside it; {POSTS} is cut off after ") in stderr
    assert f"{POSTS} (after " in stderr and " × truncated-zip — " in stderr and "corrupt-member" not in stderr
    assert _kinds(z) == [("truncated-zip", IssueKind.STOPS, False)]


@pytest.mark.parametrize(("into", "said"), [
    (lambda h, d: h + 20, "the zip ends inside the header of the file after {before}; nothing of that file was read"),
    (lambda h, d: h + 34, "the zip ends inside the header of the file after {before} (its name cut off at 'post'); "
                          "nothing of that file was read"),
    (lambda h, d: d, "posts/your_posts_1.json is cut off before any of its data could be read"),
], ids=["fixed-header", "name", "no-data"])
def test_a_zip_cut_before_a_file_s_data_read_nothing_of_it(tmp_path: Path, into, said: str) -> None:  # type: ignore[no-untyped-def]
    """The files before the cut were read whole, nothing of the file at the cut: no claim of records kept (the
    header said "records before each fault were kept")."""
    files = _files()
    data = _zip(files, zipfile.ZIP_STORED)
    header, start, _size = _data_span(data, POSTS)
    before = list(files)[list(files).index(POSTS) - 1]
    z = tmp_path / "facebook-inesvarga.zip"
    z.write_bytes(data[: into(header, start)])
    _data, stderr = _report(z, tmp_path / "r.json")
    assert "warning: 1 parse issue(s): " in stderr
    assert "records before each fault were kept" not in stderr
    assert f"{TRUNCATED}{list(files).index(POSTS)} complete file(s) were read; {said.format(before=before)}" in stderr
    assert _kinds(z) == [("truncated-zip", IssueKind.STOPS, True)]


def test_a_zip_cut_at_a_file_s_start_says_every_file_before_was_read_whole(tmp_path: Path) -> None:
    """Cut at the first byte of a file's header: the bytes present end just after a file's data, as a zip cut 0 bytes
    into its directory does (the two cannot be told apart). INP51: headed "1 parse issue(s):", nothing read, though
    every file before the cut was read whole → records before each fault were kept, the line saying what began
    there (was "the rest of the file is missing or unreadable")."""
    files = _files()
    data = _zip(files, zipfile.ZIP_STORED)
    header, _start, _size = _data_span(data, POSTS)
    z = tmp_path / "facebook-inesvarga.zip"
    z.write_bytes(data[:header])
    _data, stderr = _report(z, tmp_path / "r.json")
    assert "warning: 1 parse issue(s); records before each fault were kept: " in stderr
    assert (f"{TRUNCATED}{list(files).index(POSTS)} complete file(s) were read; every file before the cut was read "
            "whole: the zip ends just after the last one's data, where its directory or another file's header "
            "began") in stderr
    assert _kinds(z) == [("truncated-zip", IssueKind.STOPS, False)]


def _encrypted_streamed(files: dict[str, bytes], locked: str) -> bytes:
    """A zip written to a stream (sizes after each file's data, flag bit 3) whose ``locked`` file is marked encrypted
    (flag bit 0), its directory lost: the salvage cannot tell where that file ends."""

    class Stream(io.RawIOBase):
        def __init__(self) -> None:
            self.buf = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, b) -> int:  # type: ignore[no-untyped-def,override]
            self.buf += b
            return len(b)

    out = Stream()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in files.items():
            z.writestr(name, body)
    data = bytearray(out.buf)
    offset = data.index(b"PK\x03\x04")
    while True:
        (name_len,) = struct.unpack_from("<H", data, offset + 26)
        if data[offset + 30: offset + 30 + name_len].decode() == locked:
            struct.pack_into("<H", data, offset + 6, struct.unpack_from("<H", data, offset + 6)[0] | 0x1)
            break
        offset = data.index(b"PK\x03\x04", offset + 30)
    return bytes(data[: data.index(b"PK\x01\x02")])


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_an_encrypted_file_that_stopped_the_reading_read_nothing_of_it(tmp_path: Path, jobs: int) -> None:
    files = _files()
    z = tmp_path / "facebook-inesvarga.zip"
    z.write_bytes(_encrypted_streamed(files, POSTS))
    data, stderr = _report(z, tmp_path / "r.json", jobs)
    assert "warning: 1 parse issue(s): " in stderr and "records before each fault were kept" not in stderr
    assert (f"{TRUNCATED}{list(files).index(POSTS)} complete file(s) were read; an encrypted file stopped the "
            "reading") in stderr
    assert data["inputs"]["parse_issues"]["total"] == 1
    if jobs == 1:
        assert _kinds(z) == [("truncated-zip", IssueKind.STOPS, True)]


@pytest.mark.parametrize("jobs", [2, 3])
def test_the_headers_are_the_same_at_any_jobs(tmp_path: Path, jobs: int) -> None:
    files = _files()
    data = _zip({**{k: v for k, v in files.items() if k != POSTS}, POSTS: files[POSTS]}, zipfile.ZIP_DEFLATED)
    _header, start, size = _data_span(data, POSTS)
    cut = tmp_path / "cut" / "facebook-inesvarga.zip"
    cut.parent.mkdir()
    cut.write_bytes(data[: start + size // 2])
    whole = tmp_path / "dir" / "facebook-inesvarga.zip"
    whole.parent.mkdir()
    whole.write_bytes(data[:-10])
    one = "warning: 1 parse issue(s); records before each fault were kept: "
    for path, said in ((cut, one),
                       (whole, f"warning: 1 {WHOLE}")):
        assert said in _report(path, tmp_path / "r.json", jobs)[1]
        assert said in _report(path, tmp_path / "r.json", 1)[1]


def test_an_x_part_whose_directory_alone_is_cut_sends_for_the_other_part(tmp_path: Path) -> None:
    """The first zip of a two-zip X archive, its directory cut: no file of it was lost, so the files its manifest
    lists and it lacks are in the other zip ("give every part", a note), not in a lost end (a fault)."""
    from test_parts_and_owners import _x_archive

    whole = tmp_path / "whole.zip"
    _x_archive(whole, with_dms=True)
    with zipfile.ZipFile(whole) as z:
        files = {n: z.read(n) for n in z.namelist() if n not in ("data/tweets-part1.js", "data/direct-messages.js")}
    first = tmp_path / "twitter-2024-05-01-abc123.zip"
    first.write_bytes(_zip(files, zipfile.ZIP_DEFLATED)[:-10])
    _data, stderr = _report(first, tmp_path / "r.json")
    assert f"warning: 2 {WHOLE}" in stderr
    assert ("(1 record), which are not among the inputs: their records are not read (X delivers a large archive in "
            "several zips: give every part)") in stderr
    assert _kinds(first) == [("missing-part", IssueKind.NOTE, False), ("truncated-zip", IssueKind.NOTE, False)]
