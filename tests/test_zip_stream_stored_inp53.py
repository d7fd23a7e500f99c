"""INP53 (T50C H1): a zip written as a stream (each file's sizes in a data descriptor after its data, general-purpose
flag bit 3, as download servers write them) whose files are STORED, cut anywhere, was refused whole — "the zip file is
damaged or incomplete (its directory is missing …)", every record before the cut lost — for X, Facebook and Amazon
alike, where the same zip deflated kept them. Now each stored file's end is found at the data descriptor whose CRC-32
and sizes are those of the bytes before it: every whole file before the cut is read, one issue says the cut."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from test_issue_counts_inp51 import _last
from test_zip_cut import _amazon_files, _facebook_files
from test_zip_cut_header import _report
from test_zip_cut_one_fault import _x_two

from dataexam import api
from dataexam.archive import ENDS_AFTER_DATA, _stored_extent

PREFIX = "the zip file is incomplete or its directory is damaged (was the download interrupted?); "


class _NoSeek(io.RawIOBase):
    """A sink zipfile cannot seek back in: it writes each file's sizes in a data descriptor after its data."""

    def __init__(self) -> None:
        super().__init__()
        self.buf = io.BytesIO()

    def writable(self) -> bool:
        return True

    def write(self, b: bytes) -> int:  # type: ignore[override]
        return self.buf.write(b)

    def seekable(self) -> bool:
        return False


def _zip_stream(files: dict[str, bytes], method: int) -> bytes:
    sink = _NoSeek()
    with zipfile.ZipFile(sink, "w", method) as zf:
        for name, data in files.items():
            with zf.open(name, "w") as f:
                f.write(data)
    return sink.buf.getvalue()


def _run(path: Path) -> tuple[int, list[tuple[str, str, str]]]:
    stats = api.RunStats()
    n = sum(1 for _e in api.timeline(path, stats=stats))
    return n, [(i.code, i.member, i.message) for i in stats.issues if i.code != "count-mismatch"]


CASES: list[tuple[str, Callable[[], dict[str, bytes]], str, int, int, int, str]] = [
    # (zip name, files, the last file, its records, the events before it, the files before it read, 300 bytes into
    # its data: what is said)
    ("twitter-2024-05-01-abc123.zip", _x_two, "data/like.js", 400, 442, 39, "cut off after 1 record"),
    ("facebook-inesvarga.zip", lambda: _facebook_files()[0], "posts/your_posts_1.json", 400, 32, 22,
     "cut off after 2 records"),
    ("amazon.zip", lambda: _amazon_files()[0], "Retail.OrderHistory.1/Retail.OrderHistory.1.csv", 400, 38, 27,
     "cut off before its first record"),
]
IDS = ["x", "facebook", "amazon"]


@pytest.mark.parametrize(("name", "files", "member", "records", "before", "count", "said"), CASES, ids=IDS)
def test_a_streamed_stored_zip_cut_keeps_every_file_before_the_cut(tmp_path: Path, name: str,
                                                                  files: Callable[[], dict[str, bytes]], member: str,
                                                                  records: int, before: int, count: int,
                                                                  said: str) -> None:
    whole = _zip_stream(_last(files(), member), zipfile.ZIP_STORED)
    info = zipfile.ZipFile(io.BytesIO(whole)).getinfo(member)
    assert info.flag_bits & 0x8 and info.compress_type == zipfile.ZIP_STORED
    data_at = info.header_offset + 30 + len(member)
    z = tmp_path / name
    z.write_bytes(whole)
    assert _run(z) == (before + records, [])
    # cut 2 bytes before the last file's header: was "the zip file is damaged or incomplete (its directory is
    # missing …)", nothing read
    z.write_bytes(whole[: info.header_offset - 2])
    assert _run(z) == (before, [("truncated-zip", "", f"{PREFIX}{count} complete file(s) were read; "
                                 f"{ENDS_AFTER_DATA}")])
    # cut 300 bytes into its data: the files before it and its records before the cut
    z.write_bytes(whole[: data_at + 300])
    n, issues = _run(z)
    assert [(c, m) for c, m, _ in issues] == [("truncated-zip", member)]
    kept = int(said.split()[3]) if " after " in said else 0
    assert (n, issues[0][2]) == (before + kept, (
        f"{PREFIX}{count} complete file(s) were read, and {member} as far as it goes: the zip ends inside it; {member} "
        f"is {said}" + (": the records before the cut were kept" if kept else ": none of its records could be read")
        + f"; the rest of it and every file after it in {name} are lost"))
    # cut inside its data descriptor (after its signature and 2 bytes of its CRC-32): the file is whole
    z.write_bytes(whole[: data_at + info.compress_size + 6])
    assert _run(z) == (before + records, [("truncated-zip", "", f"{PREFIX}{count + 1} complete file(s) were read; "
                                           f"{ENDS_AFTER_DATA}")])


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_report_of_a_cut_streamed_stored_zip_says_one_cut(tmp_path: Path, jobs: int) -> None:
    member = "data/like.js"
    whole = _zip_stream(_last(_x_two(), member), zipfile.ZIP_STORED)
    info = zipfile.ZipFile(io.BytesIO(whole)).getinfo(member)
    z = tmp_path / "twitter-2024-05-01-abc123.zip"
    z.write_bytes(whole[: info.header_offset + 30 + len(member) + 300])
    report, _stderr = _report(z, tmp_path / "r.json", jobs)
    issues = report["inputs"]["parse_issues"]
    assert issues["by_code"]["truncated-zip"] == 1
    [cut] = [n for n in issues["notes"] if n["code"] == "truncated-zip"]
    assert cut["file"].endswith("data/like.js")
    assert cut["message"].endswith("data/like.js is cut off after 1 record: the records before the cut were kept; the "
                                   "rest of it and every file after it in twitter-2024-05-01-abc123.zip are lost")


def test_a_descriptor_look_alike_inside_the_data_is_not_its_end() -> None:
    # a stored file holding "PK\x07\x08" and a header signature in its text: only the descriptor whose CRC-32 and
    # sizes are those of the bytes before it ends the data
    data = b'["a PK\x07\x08\x00\x00\x00\x00\x05\x00\x00\x00\x05\x00\x00\x00 and PK\x03\x04 in a text"]'
    crc = zlib.crc32(data)
    signed = data + b"PK\x07\x08" + struct.pack("<III", crc, len(data), len(data)) + b"PK\x01\x02"
    assert _stored_extent(io.BytesIO(signed), 0, len(signed)) == (len(data), crc, len(data) + 16)
    # without the descriptor's own signature (APPNOTE 4.3.9.3: optional), before the next file's header
    unsigned = b"xx" + data + struct.pack("<III", crc, len(data), len(data)) + b"PK\x03\x04rest"
    assert _stored_extent(io.BytesIO(unsigned), 2, len(unsigned)) == (len(data), crc, 2 + len(data) + 12)
    # zip64 sizes (8 bytes each)
    long = data + b"PK\x07\x08" + struct.pack("<IQQ", crc, len(data), len(data))
    assert _stored_extent(io.BytesIO(long), 0, len(long)) == (len(data), crc, len(data) + 24)
    # the file ends inside its data: no end
    assert _stored_extent(io.BytesIO(data[:20]), 0, 20) is None
    # a file longer than one read (64 KiB), a look-alike on the read's edge
    big = (b"x" * (64 * 1024 - 3) + b"PK\x07\x08" + b"\x00" * 12) * 3
    crc = zlib.crc32(big)
    framed = big + b"PK\x07\x08" + struct.pack("<III", crc, len(big), len(big))
    assert _stored_extent(io.BytesIO(framed), 0, len(framed)) == (len(big), crc, len(big) + 16)
