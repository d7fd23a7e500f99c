"""A file's own (local) header damaged while the zip's directory is whole (ZIP63: tester T58C 5, INP62).

1. A bit flipped in a local header's signature lost the file (a part zip's posts: corrupt-member; a whole part zip:
   "nested zip is damaged", its records lost; the zip's first file: "not a zip file", the run refused), and one in its
   extra field's length read its data from the wrong place ("zlib cannot inflate": the same losses). The directory
   gives name, sizes, CRC-32 and method: the data is read where the directory puts it (after the directory's name
   length and the header's, the directory's, no or a well-formed extra field), the CRC-32 deciding; said
   (``damaged-header``), nothing lost. Flips in the version, flags, time and date lose nothing either.
2. The grid: every byte of those fields of every local header (outer zip and part zips alike), bits 0x01, 0x08,
   0x40, 0x80, in flat and nested 3-part exports, written by Python's zipfile (no extra fields) and Info-ZIP-like
   (a local extra field longer than the directory's, as ``zip`` writes them); and 900 random flips of any local header
   byte: every file read whole, no exception, the temporary folder left empty.

Invented exports (the zip-cut tests' builders).
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from test_zip_cut import _facebook_files, _zip
from test_zip_header_flips_inp61 import FB, _flat_export, _listing, _read, _renamed, _same_length_pairs

from dataexam import api
from dataexam.errors import DataexamError
from dataexam.issue_codes import IssueKind, issue_kind

#: local header fields (APPNOTE.TXT 4.3.7) no earlier grid flipped: their bytes' offsets in the header
FIELDS = {"signature": (0, 1, 2, 3), "version": (4, 5), "flags": (6, 7), "time": (10, 11), "date": (12, 13),
          "extra_len": (28, 29)}
BITS = (0x01, 0x08, 0x40, 0x80)


def _infozip(files: dict[str, bytes], method: int) -> bytes:
    """A zip written as Info-ZIP's ``zip`` writes one: each local header with an extended-timestamp (UT, 13 bytes)
    and a Unix ids (ux, 15 bytes) extra field, the directory with shorter ones (UT 9, ux 4)."""
    out, central = bytearray(), bytearray()
    for name, data in files.items():
        raw = name.encode()
        if method == zipfile.ZIP_DEFLATED:
            packer = zlib.compressobj(6, zlib.DEFLATED, -15)
            comp = packer.compress(data) + packer.flush()
        else:
            comp = data
        local = struct.pack("<HHBII", 0x5455, 9, 3, 1600000000, 1600000001) + struct.pack(
            "<HHBBIBI", 0x7875, 11, 1, 4, 1000, 4, 1000)
        listed = struct.pack("<HHBI", 0x5455, 5, 3, 1600000000) + struct.pack("<HH", 0x7875, 0)
        crc, at = zlib.crc32(data), len(out)
        out += struct.pack("<4sHHHHHIIIHH", b"PK\3\4", 20, 0, method, 0x6000, 0x5021, crc, len(comp), len(data),
                           len(raw), len(local)) + raw + local + comp
        central += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\1\2", 0x31E, 20, 0, method, 0x6000, 0x5021, crc, len(comp),
                               len(data), len(raw), len(listed), 0, 0, 0, 0o100644 << 16, at) + raw + listed
    n = len(files)
    return bytes(out + central + struct.pack("<4sHHHHIIH", b"PK\5\6", 0, 0, n, n, len(central), len(out), 0))


def _nested(method: int, maker) -> bytes:  # type: ignore[no-untyped-def]
    """A stored zip of three Facebook part zips (files stored or deflated), the posts and a photo in part 2."""
    files = _facebook_files()[0]
    keys = sorted(k for k in files if k != FB)
    rnd = random.Random(3)
    parts = ({k: files[k] for k in keys[: len(keys) // 2]}, {FB: files[FB], "posts/media/p0.jpg": rnd.randbytes(3000)},
             {k: files[k] for k in keys[len(keys) // 2:]})
    return maker({f"facebook-a-part{i}.zip": maker(d, method) for i, d in enumerate(parts, 1)}, zipfile.ZIP_STORED)


EXPORTS = {
    "flat": lambda: _flat_export(),
    "nested-stored": lambda: _nested(zipfile.ZIP_STORED, _zip),
    "nested-deflated": lambda: _nested(zipfile.ZIP_DEFLATED, _zip),
    "infozip-flat": lambda: _infozip(_facebook_files()[0], zipfile.ZIP_DEFLATED),
    "infozip-nested": lambda: _nested(zipfile.ZIP_DEFLATED, _infozip),
}


def _headers(data: bytes, base: int = 0, label: str = "") -> list[tuple[str, int]]:
    """``(file, offset)``: every local header of the zip ``data`` (at ``base`` in the whole) and of each zip stored in
    it (its headers lie in the outer zip's bytes)."""
    out: list[tuple[str, int]] = []
    for info in zipfile.ZipFile(io.BytesIO(data)).infolist():
        out.append((label + info.filename, base + info.header_offset))
        if info.filename.endswith(".zip") and info.compress_type == zipfile.ZIP_STORED:
            name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
            start = info.header_offset + 30 + name_len + extra_len
            out += _headers(data[start: start + info.compress_size], base + start, f"{info.filename} > ")
    return out


def _listed(path: Path) -> list[tuple[str, bytes]] | str:
    try:
        return _listing(path)
    except DataexamError as exc:
        return f"refused: {exc}"


@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_no_flip_of_a_local_header_field_loses_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       export: str) -> None:
    """Every byte of the signature, version, flags, time, date and extra length of every local header, four bits
    each: every file listed with its own bytes, as in the clean zip, and the temporary folder left empty (before:
    each signature or extra-length flip lost its file or its part zip, the first file's the whole run)."""
    spills = tmp_path / "tmp"
    spills.mkdir()
    monkeypatch.setenv("TMPDIR", str(spills))
    data = EXPORTS[export]()
    path = tmp_path / "x.zip"
    path.write_bytes(data)
    clean = _listing(path)
    heads = _headers(data)
    assert len(heads) >= 20
    lost: list[tuple[str, str, int, int]] = []
    for name, at in heads:
        for field, offsets in FIELDS.items():
            for offset in offsets:
                for bit in BITS:
                    flipped = bytearray(data)
                    flipped[at + offset] ^= bit
                    path.write_bytes(bytes(flipped))
                    if _listed(path) != clean:
                        lost.append((name, field, offset, bit))
    assert lost == []
    assert list(spills.iterdir()) == []


@pytest.mark.parametrize("export", ["nested-stored", "nested-deflated", "infozip-nested", "flat", "infozip-flat"])
@pytest.mark.parametrize("field", ["signature", "extra_len"])
def test_a_damaged_signature_or_extra_length_is_said_and_nothing_lost(tmp_path: Path, export: str,
                                                                      field: str) -> None:
    """The posts file's header (and, nested, part 2's own and the first file's) with a bit of its signature or its
    extra length flipped: every record read, one damaged-header line naming that file and what was damaged, "nothing
    lost" (before: 32 of 432 read, corrupt-member or "nested zip is damaged", or the run refused: "not a zip file")."""
    data = EXPORTS[export]()
    path = tmp_path / "x.zip"
    path.write_bytes(data)
    clean = _read(path)[0]
    assert clean > 400
    heads = dict(_headers(data))
    targets = [n for n in heads if n.endswith(FB) or n.endswith("part2.zip") or heads[n] == 0]
    assert len(targets) == (3 if "nested" in export else 2)
    said = "its signature is not a header's" if field == "signature" else "another length of its extra field"
    wrong: list[tuple[str, int, int, list[str]]] = []
    for name in targets:
        for offset in FIELDS[field]:
            for bit in BITS:
                flipped = bytearray(data)
                flipped[heads[name] + offset] ^= bit
                path.write_bytes(bytes(flipped))
                events, issues, refused = _read(path)
                member = name.rsplit(" > ", 1)[-1]
                ok = (events == clean and not refused and len(issues) == 1
                      and issues[0].startswith("damaged-header@") and said in issues[0] and "nothing lost" in issues[0]
                      and (issues[0].split(": ", 1)[0].endswith("|" + member) or member.endswith(".zip")))
                if not ok:
                    wrong.append((name, offset, bit, issues))
    assert wrong == []


def test_random_local_header_flips_lose_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """900 seeds: one random bit of one random byte of one random local header (any field, any file, flat or nested,
    zipfile's or Info-ZIP's) flipped: no exception, every file listed with its own bytes, the temporary folder
    left empty."""
    spills = tmp_path / "tmp"
    spills.mkdir()
    monkeypatch.setenv("TMPDIR", str(spills))
    exports = {name: make() for name, make in EXPORTS.items()}
    path = tmp_path / "x.zip"
    cleans = {}
    for name, data in exports.items():
        path.write_bytes(data)
        cleans[name] = _listing(path)
    heads = {name: _headers(data) for name, data in exports.items()}
    lost: list[tuple[int, str, str, int, int]] = []
    for seed in range(900):
        rnd = random.Random(seed)
        name = rnd.choice(sorted(exports))
        member, at = rnd.choice(heads[name])
        offset, bit = rnd.randrange(30), 1 << rnd.randrange(8)
        flipped = bytearray(exports[name])
        flipped[at + offset] ^= bit
        path.write_bytes(bytes(flipped))
        if _listed(path) != cleans[name]:
            lost.append((seed, name, member, offset, bit))
    assert lost == []
    assert list(spills.iterdir()) == []


def _local_renamed_directory_damaged(data: bytes, base: int, inner: bytes, name: str, other: str) -> bytes:
    """``data`` with the file ``name`` of the zip ``inner`` (at ``base`` in ``data``) named ``other`` in its own header
    and the first byte of that zip's directory flipped (no directory to weigh the names by)."""
    out = bytearray(_renamed(data, base, inner, name, other, "local"))
    out[base + zipfile.ZipFile(io.BytesIO(inner)).start_dir] ^= 0x01
    return bytes(out)


@pytest.mark.parametrize("export", ["flat", "nested-stored"])
def test_nothing_was_lost_is_said_only_where_each_file_kept_its_name(tmp_path: Path, export: str) -> None:
    """INP62: a file's own header given another file's name while the zip's directory is damaged too (its first byte):
    the two files both read under one name, one of them as a file it is not (434 or 431 of 432 records), was said
    "each of them whole: nothing was lost". Now, for every pair of names as long (in a flat zip, and in part 1 of a
    nested one), the line names the doubled name and the byte of the second file, says its records may be lost, and
    is no note; with the directory's first byte alone damaged, "nothing was lost" as before, every record read."""
    data = EXPORTS[export]()
    if export == "flat":
        base, inner = 0, data
    else:
        outer = zipfile.ZipFile(io.BytesIO(data))
        info = outer.getinfo("facebook-a-part1.zip")
        name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
        base = info.header_offset + 30 + name_len + extra_len
        inner = data[base: base + info.compress_size]
    path = tmp_path / "x.zip"
    alone = bytearray(data)
    alone[base + zipfile.ZipFile(io.BytesIO(inner)).start_dir] ^= 0x01
    path.write_bytes(bytes(alone))
    events, issues, refused = _read(path)
    assert (events, refused) == (432, "") and len(issues) == 1 and issues[0].endswith("nothing was lost"), issues
    pairs = _same_length_pairs([i.orig_filename for i in zipfile.ZipFile(io.BytesIO(inner)).infolist()])
    assert len(pairs) >= 4
    wrong: list[tuple[str, str, object]] = []
    for name, other in pairs:
        path.write_bytes(_local_renamed_directory_damaged(data, base, inner, name, other))
        stats_issues = _issues(path)
        said = [i for i in stats_issues if i.code == "truncated-zip"]
        message = said[0].message if len(said) == 1 else ""
        if ("nothing was lost" in message or f"{other}' is the name of two" not in message
                or "records may be lost" not in message or issue_kind(said[0]) == IssueKind.NOTE):
            wrong.append((name, other, [i.message for i in stats_issues]))
    assert wrong == []


def _issues(path: Path) -> list:  # type: ignore[type-arg]
    """The run's issues (ParseIssue) over ``path``'s timeline."""
    stats = api.RunStats()
    list(api.timeline([path], stats=stats))
    return list(stats.issues)


@pytest.mark.parametrize("export", ["flat", "nested-stored", "infozip-flat"])
@pytest.mark.parametrize("given", ["x.zip", "x.bin", "x", "folder"])
def test_a_zip_whose_first_bytes_are_damaged_is_read_whatever_its_name(tmp_path: Path, export: str,
                                                                        given: str) -> None:
    """A bit of the zip's first 4 bytes (its first file's signature) flipped: read as a zip — named .zip, under
    another name or none, or in a folder — every record, one damaged-header line (before: "not a zip file", the run
    refused; under another name, "nothing recognised")."""
    data = EXPORTS[export]()
    for offset in range(4):
        for bit in (0x01, 0x40):
            flipped = bytearray(data)
            flipped[offset] ^= bit
            folder = tmp_path / f"{offset}-{bit}"
            folder.mkdir()
            path = folder / ("x.zip" if given == "folder" else given)
            path.write_bytes(bytes(flipped))
            events, issues, refused = _read(folder if given == "folder" else path)
            assert (events, refused) == (432, ""), (offset, bit, issues, refused)
            assert len(issues) == 1 and issues[0].startswith("damaged-header@"), issues
            assert "its signature is not a header's" in issues[0] and "nothing lost" in issues[0]


@pytest.mark.parametrize("field", ["signature", "extra_len"])
def test_three_part_zips_given_apart_lose_nothing(tmp_path: Path, field: str) -> None:
    """The three part zips of the nested export given as three inputs, one local header of one of them (every header
    of every part) with a bit of its signature or extra length flipped: 432 of 432 records, one damaged-header line
    (before: that file or, for a part's first header, the whole part lost)."""
    whole = EXPORTS["nested-deflated"]()
    outer = zipfile.ZipFile(io.BytesIO(whole))
    parts = {name: outer.read(name) for name in outer.namelist()}
    assert len(parts) == 3
    wrong: list[tuple[str, str, int, int, object]] = []
    for target, data in parts.items():
        for name, at in _headers(data):
            for offset in FIELDS[field]:
                for bit in (0x01, 0x80):
                    paths = []
                    for part, bytes_ in parts.items():
                        flipped = bytearray(bytes_)
                        if part == target:
                            flipped[at + offset] ^= bit
                        (tmp_path / part).write_bytes(bytes(flipped))
                        paths.append(tmp_path / part)
                    stats = api.RunStats()
                    events = len(list(api.timeline(paths, stats=stats)))
                    codes = [i.code for i in stats.issues]
                    if events != 432 or codes != ["damaged-header"]:
                        wrong.append((target, name, offset, bit, (events, codes)))
    assert wrong == []
