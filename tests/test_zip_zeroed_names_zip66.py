"""A zip whose first header is zeroed is read under any name that says zip (ZIP66: tester T60A 3).

3. A zip whose first file's header was zeroed and one byte of its directory damaged was read (from its files' own
   headers, the first file lost and said) only when named ``.zip``: named ``….zip.crdownload``, ``….zip (1)``,
   ``… (1).zip`` or ``….ZIP`` it was "not a recognised export", every record lost. Now the name is read with what a
   browser or system added taken off (:func:`~dataexam.download_names.named_zip`); ``.bin`` or no extension stay as
   before (nothing in them says zip).

Invented exports (the fixtures zipped).
"""

from __future__ import annotations

import io
import struct
import zipfile
from functools import cache
from pathlib import Path

import pytest

from dataexam import api
from dataexam.download_names import named_zip
from dataexam.errors import DataexamError
from helpers import FIXTURES

SOURCES = {"facebook": "facebook/2023/archive", "twitter": "twitter/current/archive"}
ZIP_NAMES = ["{}-export.zip", "{}-export.ZIP", "{}-export.zip.crdownload", "{}-export.zip (1)", "{}-export (1).zip",
             "{}-export.zip.part", "{}-export.zip.bak", "{}-export_(2).zip.download"]
OTHER_NAMES = ["{}-export.bin", "{}-export", "{}-export.crdownload", "{}-export.zip.txt"]


@cache
def _zeroed(source: str) -> bytes:
    """The fixture export zipped, its first header zeroed and one byte of its directory damaged."""
    whole = io.BytesIO()
    root = FIXTURES / SOURCES[source]
    with zipfile.ZipFile(whole, "w", zipfile.ZIP_DEFLATED) as z:
        for p in sorted(root.rglob("*")):
            if p.is_file():
                z.write(p, p.relative_to(root).as_posix())
    data = whole.getvalue()
    eocd = data.rfind(b"PK\x05\x06")
    cd = struct.unpack("<L", data[eocd + 16:eocd + 20])[0]
    name_len = struct.unpack("<H", data[26:28])[0]
    damaged = bytearray(data)
    damaged[0:30 + name_len] = bytes(30 + name_len)
    damaged[cd + 1] ^= 0xFF
    return bytes(damaged)


def _events(path: Path) -> int | str:
    """Events read from ``path``, or why it is refused."""
    try:
        return len(list(api.timeline([path])))
    except DataexamError as exc:
        return f"refused: {exc}"


def test_named_zip_grid() -> None:
    """Names saying zip once a browser's or system's additions are off; others not."""
    wrong = [(n, named_zip(n.format("x")), want) for names, want in ((ZIP_NAMES, True), (OTHER_NAMES, False))
             for n in names if named_zip(n.format("x")) is not want]
    assert wrong == []


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_a_zeroed_first_header_is_read_under_every_zip_name(tmp_path: Path, source: str) -> None:
    """Under every name saying zip, as many events as under ``.zip`` (before: only ``.zip`` and ``.ZIP`` read);
    under the other names refused as before."""
    data = _zeroed(source)
    got = {}
    for pattern in ZIP_NAMES + OTHER_NAMES:
        folder = tmp_path / str(len(got))
        folder.mkdir()
        path = folder / pattern.format(source)
        path.write_bytes(data)
        got[pattern] = _events(path)
    plain = got["{}-export.zip"]
    assert isinstance(plain, int) and plain > 0
    assert {p: got[p] for p in ZIP_NAMES if got[p] != plain} == {}
    assert {p: got[p] for p in OTHER_NAMES if not str(got[p]).startswith("refused")} == {}
