"""Damaged zips with two faults at once (ZIP64: tester T59A 5, 10).

5. A part zip stored in the export whose own local header is damaged (its signature or its extra field's length) was
   read by the directory only where its data matched the directory's CRC-32 — which covers the whole part: one more
   byte damaged inside it (an unread photo's, another file's header) lost the part whole, "nested zip is damaged and
   was skipped" (32 of 432 records). Now its data is read as a zip where it is one (a local header's signature at its
   start, or an end record ending at its end), its own directory and CRC-32s deciding file by file: only the damaged
   file is lost, and said.

Invented exports (the zip-cut tests' builders, through ZIP63's grid).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from test_zip_local_header_grid_zip63 import EXPORTS, _headers

from dataexam import api
from dataexam.errors import DataexamError

#: a local header's fault: (its byte's offset in the header, the bit flipped)
OUTER = [("signature", o, b) for o in range(4) for b in (0x01, 0x80)] + [("extra_len", o, b) for o in (28, 29)
                                                                         for b in (0x01, 0x40)]
PHOTO = "posts/media/p0.jpg"


def _run(path: Path) -> tuple[int | str, list[tuple[str, str, str]]]:
    """Events read (or why refused) and each issue as ``(code, archive/member, message)``."""
    stats = api.RunStats()
    try:
        events: int | str = len(list(api.timeline([path], stats=stats)))
    except DataexamError as exc:
        events = f"refused: {exc}"
    return events, [(i.code, f"{i.archive}/{i.member}".rstrip("/"), i.message) for i in stats.issues]


def _inner_faults(heads: dict[str, int]) -> dict[str, tuple[int, int]]:
    """The second fault, inside part 2: where and which bit."""
    part2 = "facebook-a-part2.zip > "
    posts = next(n for n in heads if n.startswith(part2) and n.endswith(".json"))
    first = min((n for n in heads if n.startswith(part2)), key=heads.__getitem__)
    return {"photo-data": (heads[part2 + PHOTO] + 30 + len(PHOTO) + 28 + 500, 0x01),
            "posts-signature": (heads[posts] + 1, 0x40), "posts-extra_len": (heads[posts] + 28, 0x08),
            "first-signature": (heads[first], 0x01)}


@pytest.mark.parametrize("export", ["nested-stored", "nested-deflated", "infozip-nested"])
def test_a_part_zip_with_a_damaged_header_and_a_damaged_byte_inside_loses_only_that_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, export: str) -> None:
    """Part 2's own header (every signature byte, the extra length's two; two bits each) and one fault inside it (a
    photo's data byte, the posts file's signature or extra length, part 2's first file's signature): 432 of 432
    records, no exception, no "nested zip is damaged", part 2's damaged-header line saying its data is read as a zip;
    the photo said damaged (damaged-media); the temporary folder left empty (before: 32 of 432, corrupt-zip and
    missing-part)."""
    spills = tmp_path / "tmp"
    spills.mkdir()
    monkeypatch.setenv("TMPDIR", str(spills))
    data = EXPORTS[export]()
    heads = dict(_headers(data))
    part2 = heads["facebook-a-part2.zip"]
    path = tmp_path / "x.zip"
    wrong: list[tuple[str, str, int, int, object]] = []
    for inner, (at, bit) in _inner_faults(heads).items():
        for field, offset, outer_bit in OUTER:
            flipped = bytearray(data)
            flipped[at] ^= bit
            flipped[part2 + offset] ^= outer_bit
            path.write_bytes(bytes(flipped))
            events, issues = _run(path)
            codes = {code for code, _, _ in issues}
            part_said = [m for code, member, m in issues if code == "damaged-header" and member.endswith("part2.zip")]
            ok = (events == 432 and not codes & {"corrupt-zip", "missing-part", "corrupt-member"}
                  and len(part_said) == 1)
            if inner == "photo-data":
                ok = ok and "its data does not match its CRC-32" in part_said[0] and "read as the zip it is" in \
                    part_said[0] and [m for c, m, _ in issues if c == "damaged-media"] == [
                        f"{path}/facebook-a-part2.zip/{PHOTO}"]
            if not ok:
                wrong.append((inner, field, offset, outer_bit, (events, issues)))
    assert wrong == []
    assert list(spills.iterdir()) == []


@pytest.mark.parametrize("export", ["nested-stored", "nested-deflated"])
def test_the_first_part_s_header_and_a_byte_inside_it(tmp_path: Path, export: str) -> None:
    """The export's first bytes (part 1's own signature) and a byte inside part 1 (its first file's signature, or a
    byte of its last file's data): every record read (before: 418 of 432, "nested zip is damaged")."""
    data = EXPORTS[export]()
    heads = dict(_headers(data))
    part1 = sorted((at, n) for n, at in heads.items() if n.startswith("facebook-a-part1.zip > "))
    wrong = []
    for at in (part1[0][0], heads["facebook-a-part2.zip"] - 200, part1[-1][0] + 40):
        flipped = bytearray(data)
        flipped[0] ^= 0x01
        flipped[at] ^= 0x01
        path = tmp_path / "x.zip"
        path.write_bytes(bytes(flipped))
        events, issues = _run(path)
        if events != 432 or any(code in ("corrupt-zip", "missing-part") for code, _, _ in issues):
            wrong.append((at, events, issues))
    assert wrong == []


#: a local header's fault with the directory damaged too: (its byte's offset in the header, the bit flipped)
WALKED = {"signature": (1, 0x01), "extra_len": (28, 0x02), "name_len": (26, 0x01), "name_len-down": (26, 0x02)}


def _directory_damaged(data: bytes) -> bytearray:
    """``data`` with its central directory's first byte flipped (the walk over the local headers reads it)."""
    out = bytearray(data)
    out[zipfile.ZipFile(io.BytesIO(data)).start_dir] ^= 0x01
    return out


@pytest.mark.parametrize("export", ["flat", "infozip-flat"])
def test_a_damaged_directory_and_a_damaged_local_header_lose_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, export: str) -> None:
    """10. The directory's first byte and one local header (every file's: its signature, its extra length, its name's
    length up or down) damaged: 432 of 432 records, no refusal, one damaged-header line naming that file (by its own
    name) with "nothing lost", the directory's note "nothing was lost"; the temporary folder left empty (before: the
    walk stopped at that header — 2 of 432 for the second file, "the rest of the file is missing"; the first file's:
    "not a zip file", the run refused)."""
    spills = tmp_path / "tmp"
    spills.mkdir()
    monkeypatch.setenv("TMPDIR", str(spills))
    data = EXPORTS[export]()
    path = tmp_path / "x.zip"
    wrong: list[tuple[str, str, object]] = []
    for name, at in _headers(data):
        for fault, (offset, bit) in WALKED.items():
            flipped = _directory_damaged(data)
            flipped[at + offset] ^= bit
            path.write_bytes(bytes(flipped))
            events, issues = _run(path)
            said = [(m, msg) for code, m, msg in issues if code == "damaged-header"]
            notes = [msg for code, _, msg in issues if code == "truncated-zip"]
            if (events != 432 or len(said) != 1 or not said[0][0].endswith("/" + name)
                    or "nothing lost" not in said[0][1] or len(notes) != 1 or "nothing was lost" not in notes[0]
                    or len(issues) != 2):
                wrong.append((name, fault, (events, issues)))
    assert wrong == []
    assert list(spills.iterdir()) == []


@pytest.mark.parametrize("export", ["flat", "infozip-flat"])
def test_a_header_damaged_past_reading_loses_that_file_alone_and_says_so(tmp_path: Path, export: str) -> None:
    """The directory damaged and one file's whole local header zeroed (every file but the first): the walk goes on at
    the next file's header — every other file read (the records of the zip without that file), and the lost file said
    (damaged-header "that file is lost"; the directory's line no "nothing was lost") (before: every file from there on
    lost)."""
    data = EXPORTS[export]()
    zf = zipfile.ZipFile(io.BytesIO(data))
    path = tmp_path / "x.zip"
    wrong: list[tuple[str, object, object]] = []
    for name, at in _headers(data)[1:]:
        without = io.BytesIO()
        with zipfile.ZipFile(without, "w") as out:
            for info in zipfile.ZipFile(io.BytesIO(data)).infolist():  # (fresh: writestr moves an info's offset)
                if info.filename != name:
                    out.writestr(info, zf.read(info.filename))
        path.write_bytes(without.getvalue())
        expected, _ = _run(path)
        flipped = _directory_damaged(data)
        flipped[at: at + 30] = bytes(30)
        path.write_bytes(bytes(flipped))
        events, issues = _run(path)
        lost = [msg for code, _, msg in issues if code == "damaged-header" and "that file is lost" in msg]
        notes = [msg for code, _, msg in issues if code == "truncated-zip"]
        if events != expected or len(lost) != 1 or any("nothing was lost" in n for n in notes) or len(notes) != 1:
            wrong.append((name, expected, (events, issues)))
    assert wrong == []


def _program_then(data: bytes, stub: bytes, adjusted: bool) -> bytes:
    """A program ``stub`` with the zip ``data`` after it: its offsets counted from the file's start (``adjusted``, as
    ``zip -A`` and self-extractor builders write them) or from the zip's (a program and a zip put together)."""
    if not adjusted:
        return stub + data
    buf = io.BytesIO()
    buf.write(stub)
    source = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(buf, "a") as out:
        for info in source.infolist():
            out.writestr(info, source.read(info.filename))
    return buf.getvalue()


@pytest.mark.parametrize("adjusted", [True, False], ids=["offsets-adjusted", "put-together"])
@pytest.mark.parametrize("name", ["setup.zip", "setup.exe", "export.bin", "noext"])
def test_a_self_extracting_zip_is_read_whatever_its_name(tmp_path: Path, adjusted: bool, name: str) -> None:
    """7. A self-extracting zip (a Windows program's "MZ" stub, or a stub beginning one bit off a zip's signature, and
    the zip after it): read as Python's zipfile reads it, 432 of 432 records, no issue (before: "not a zip file" for a
    .zip, "not a recognised export" under another name). A program with no zip after it, or a .zip of no zip's bytes,
    is refused as before."""
    data = EXPORTS["flat"]()
    for stub in (b"MZ" + bytes(510), b"PK\x03\x05" + bytes(508)):
        path = tmp_path / name
        path.write_bytes(_program_then(data, stub, adjusted))
        assert _run(path) == (432, []), stub[:4]
    path = tmp_path / name
    path.write_bytes(b"MZ" + bytes(5000))
    events, _ = _run(path)
    assert isinstance(events, str) and events.startswith("refused")
    if name.endswith(".zip"):
        assert "not a zip file" in events


def _parts() -> dict[int, bytes]:
    """The nested export's three part zips' bytes, by number."""
    outer = zipfile.ZipFile(io.BytesIO(EXPORTS["nested-deflated"]()))
    return {i: outer.read(f"facebook-a-part{i}.zip") for i in (1, 2, 3)}


#: how the parts are named (a format taking the part's number) and what part 2's name ends with instead of ".zip"
NAMINGS = {"suffix": "facebook-a-part{}", "count": "{}of3-facebook-a"}
ENDINGS = [".dat", ".bin", "", " (1).bin"]


def _part_issues(issues: list[tuple[str, str, str]]) -> list[str]:
    return [msg for code, _, msg in issues if code == "missing-part"]


@pytest.mark.parametrize("naming", sorted(NAMINGS))
@pytest.mark.parametrize("damaged", [False, True], ids=["whole", "first-signature-damaged"])
def test_a_part_under_another_name_is_read_and_never_said_missing(tmp_path: Path, naming: str, damaged: bool) -> None:
    """6. Part 2 of a split download named ".dat", ".bin", without extension or "(1).bin" (its first bytes whole or one
    damaged): given apart beside parts 1 and 3, or inside a zip with them — 432 of 432 records and no missing-part line
    (before: given apart, 432 read and "part 2 … is not among the inputs"; inside a zip, never opened, 32 of 432). With
    part 2 left out, "not among the inputs" as before."""
    parts = _parts()
    if damaged:
        parts[2] = bytes([parts[2][0] ^ 0x01]) + parts[2][1:]
    wrong: list[tuple[str, str, object]] = []
    for ending in ENDINGS:
        names = {i: NAMINGS[naming].format(i) + (ending if i == 2 else ".zip") for i in parts}
        apart = tmp_path / f"apart{ending.strip()}"
        apart.mkdir()
        for i, data in parts.items():
            (apart / names[i]).write_bytes(data)
        stats = api.RunStats()
        events = len(list(api.timeline(sorted(apart.iterdir()), stats=stats)))
        if events != 432 or any(i.code == "missing-part" for i in stats.issues):
            wrong.append((ending, "apart", (events, [(i.code, i.message) for i in stats.issues])))
        bundle = tmp_path / f"bundle{ending.strip()}.zip"
        with zipfile.ZipFile(bundle, "w") as out:
            for i, data in parts.items():
                out.writestr(names[i], data)
        events, issues = _run(bundle)
        if events != 432 or _part_issues(issues):
            wrong.append((ending, "inside", (events, issues)))
    assert wrong == []
    without = tmp_path / "without"
    without.mkdir()
    for i in (1, 3):
        (without / (NAMINGS[naming].format(i) + ".zip")).write_bytes(parts[i])
    stats = api.RunStats()
    events = len(list(api.timeline(sorted(without.iterdir()), stats=stats)))
    assert events == 32
    assert any("not among the inputs" in i.message for i in stats.issues if i.code == "missing-part")
