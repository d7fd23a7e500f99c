"""A zip's first header damaged past reading with its directory damaged, and a self-extracting zip whose own first
signature is damaged (ZIP65: ZIP64's open cases).

* The first file's whole local header zeroed and the directory's first byte flipped: refused, "not a zip file", every
  record lost. Now the walk over the local headers goes on at the next header: every other file read, and the lost
  file said, by the name the directory's own entry gives it (a damaged-header line naming it as its member, and the
  directory's note naming it: "the file at byte 0 (…) is lost").
* A program stub with a zip after it whose first signature has one bit flipped: "not a recognised export" (named
  .exe/.bin/none) or "not a zip file" (named .zip). Now read as Python's zipfile reads it, the damaged header said.

Invented exports (ZIP63's grid builders).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from test_zip_local_header_grid_zip63 import EXPORTS, _headers
from test_zip_part_damaged_twice_zip64 import _directory_damaged, _program_then, _run


def _without(data: bytes, name: str) -> bytes:
    """``data`` (a zip) without its file ``name``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in zipfile.ZipFile(io.BytesIO(data)).infolist():
            if info.filename != name:
                z.writestr(info, source.read(info.filename))
    return out.getvalue()


@pytest.mark.parametrize("export", ["flat", "infozip-flat"])
@pytest.mark.parametrize("directory", ["first-byte", "first-entry"])
def test_the_first_header_zeroed_with_the_directory_damaged_loses_that_file_alone(tmp_path: Path, export: str,
                                                                                   directory: str) -> None:
    """The first file's header zeroed (whole, or its signature with its name's length) and the directory damaged
    (its first byte, or its first entry's signature): the records of the zip without that file, one damaged-header
    line naming that file (its member) "that file is lost", the directory's note naming it and never "nothing was
    lost" (before: refused, "not a zip file"). Its signature and version zeroed, its other fields whole: 432 of 432,
    "nothing lost"."""
    data = EXPORTS[export]()
    first, at = _headers(data)[0]
    path = tmp_path / "x.zip"
    path.write_bytes(_without(data, first))
    expected, _ = _run(path)
    assert isinstance(expected, int) and expected > 0
    wrong: list[tuple[str, object]] = []
    for how in ("whole", "signature-and-version", "signature-and-name-length"):
        flipped = _directory_damaged(data)
        if directory == "first-entry":
            flipped = bytearray(data)
            flipped[zipfile.ZipFile(io.BytesIO(data)).start_dir + 2] ^= 0x01
        if how == "whole":
            flipped[at: at + 30] = bytes(30)
        elif how == "signature-and-version":
            flipped[at: at + 6] = bytes(6)
        else:
            flipped[at: at + 4] = bytes(4)
            flipped[at + 26: at + 28] = bytes(2)
        path.write_bytes(bytes(flipped))
        events, issues = _run(path)
        if how == "signature-and-version":  # its other fields whole: read by them, its data matching its CRC-32
            said = [msg for code, _, msg in issues if code == "damaged-header"]
            if events != 432 or len(said) != 1 or "nothing lost" not in said[0]:
                wrong.append((how, (events, issues)))
            continue
        lost = [(member, msg) for code, member, msg in issues if code == "damaged-header"]
        notes = [msg for code, _, msg in issues if code == "truncated-zip"]
        if (events != expected or len(lost) != 1 or "that file is lost" not in lost[0][1]
                or not lost[0][0].endswith("/" + first) or len(notes) != 1 or "nothing was lost" in notes[0]
                or f"the file at byte 0 ({first}) is lost" not in notes[0]
                or "not each under its own name" in notes[0]):
            wrong.append((how, (events, expected, issues)))
    assert wrong == []


def test_a_file_of_no_zip_named_zip_is_still_refused(tmp_path: Path) -> None:
    """A look-alike: bytes of no zip (a PDF's, zeros, a text holding the letters of a header's signature) named
    .zip are refused as before, "not a zip file"."""
    for data in (b"%PDF-1.7\n" + bytes(5000), bytes(5000), b"hello PK\x03\x04 world" * 300):
        path = tmp_path / "x.zip"
        path.write_bytes(data)
        events, _ = _run(path)
        assert isinstance(events, str) and "not a zip file" in events, data[:10]


@pytest.mark.parametrize("adjusted", [True, False], ids=["offsets-adjusted", "put-together"])
@pytest.mark.parametrize("name", ["setup.zip", "setup.exe", "export.bin", "noext"])
def test_a_self_extracting_zip_whose_first_signature_is_damaged_is_read(tmp_path: Path, adjusted: bool,
                                                                         name: str) -> None:
    """A program stub ("MZ", or one byte off a zip's signature) and the zip after it, the zip's first signature
    damaged (each of its 4 bytes, two bits each): 432 of 432 records, one damaged-header line naming the first file,
    "nothing lost" (before: "not a recognised export", or "not a zip file" named .zip)."""
    data = EXPORTS["flat"]()
    first = _headers(data)[0][0]
    wrong: list[tuple[bytes, int, int, object]] = []
    for stub in (b"MZ" + bytes(510), b"PK\x03\x05" + bytes(508)):
        whole = _program_then(data, stub, adjusted)
        for offset in range(4):
            for bit in (0x01, 0x80):
                flipped = bytearray(whole)
                flipped[len(stub) + offset] ^= bit
                path = tmp_path / name
                path.write_bytes(bytes(flipped))
                events, issues = _run(path)
                said = [(m, msg) for code, m, msg in issues if code == "damaged-header"]
                if events != 432 or len(issues) != 1 or len(said) != 1 or not said[0][0].endswith("/" + first) \
                        or "nothing lost" not in said[0][1]:
                    wrong.append((stub[:4], offset, bit, (events, issues)))
    assert wrong == []
