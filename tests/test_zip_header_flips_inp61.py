"""Damaged zip headers, the data deciding (INP61: INP60's leftovers, tester T57D 5, T57B 13).

A 3-part nested Facebook export (a zip of three part zips, the posts in part 2) with one header field flipped — in the
outer zip's or a part zip's central directory (offset, name, name length, method, CRC-32, sizes) or in a file's own
local header (name, name length, method, CRC-32, sizes):

1. an entry's offset flipped to no local header lost that file (corrupt-member, its records lost: 84 of 108 flips);
   it is found by its name where the file before it ends and read from there, said (``damaged-header``);
2. a local header's name flipped was read under the wrong name (the salvage trusted the local headers); one whose
   method, sizes or name length were flipped lost that file or every file after it ("unsupported compression",
   "the rest of the file is missing": 145 of 216 flips). Where the file's data matches the directory's CRC-32 and
   size, it is read by the directory, under its name, and the damaged header said; where only the two names differ
   (either may be the damaged one) the likelier is read, the other kept for a parser that knows only it;
3. a zip whose directory is there but damaged, read from its local headers, said "was the download interrupted?" and
   "the rest of the file is missing or unreadable" with every record read: it says the directory is damaged, what
   was wrong, and that nothing was lost (a note); a zip cut short still says it was cut;
5. a file no zip reader opens (flag bits 5, 6: patched data, strong encryption) made its part zip "not an export",
   unsaid: it is named with its reason, as an encrypted file is;
6. ``--strict`` exits 4 on every parse issue, notes included: a ``damaged-media`` note alone as a count note alone.

Invented exports (the zip-cut tests' builders).
"""

from __future__ import annotations

import io
import random
import zipfile
import zlib
from pathlib import Path

import pytest
from test_zip_cut import _facebook_files, _zip
from typer.testing import CliRunner

from dataexam import api, archive
from dataexam.cli import app
from dataexam.errors import DataexamError
from dataexam.issue_codes import IssueKind, issue_kind

FB = "posts/your_posts_1.json"

#: central directory entry fields (offset in the entry) and local header fields (offset in the header)
CENTRAL = {"method": 10, "crc": 16, "csize": 20, "usize": 24, "name_len": 28, "offset": 42, "name": 46}
LOCAL = {"method": 8, "crc": 14, "csize": 18, "usize": 22, "name_len": 26, "name": 30}


def _export(part_method: int) -> bytes:
    """A stored zip of three Facebook part zips (their files stored or deflated): part 2 holds the posts and a
    photo, parts 1 and 3 the other files."""
    files = _facebook_files()[0]
    keys = sorted(k for k in files if k != FB)
    rnd = random.Random(3)
    a = {k: files[k] for k in keys[: len(keys) // 2]}
    b = {FB: files[FB], "posts/media/p0.jpg": rnd.randbytes(3000)}
    c = {k: files[k] for k in keys[len(keys) // 2:]}
    parts = {f"facebook-a-part{i}.zip": _zip(d, part_method) for i, d in enumerate((a, b, c), 1)}
    return _zip(parts, zipfile.ZIP_STORED)


def _flips(whole: bytes, every: int = 1) -> list[tuple[str, int, int]]:
    """``(label, offset, xor)``: each header field of every ``every``-th entry of the outer zip and of each part zip
    (stored in it, so its headers lie in the outer zip's bytes), one bit flipped (a name's fourth letter)."""
    out: list[tuple[str, int, int]] = []

    def walk(data: bytes, base: int, label: str) -> None:
        zf = zipfile.ZipFile(io.BytesIO(data))
        pos = zf.start_dir
        for n, info in enumerate(zf.infolist()):
            name_len = len(info.orig_filename.encode())
            if n % every == 0 or label == "outer" or info.filename == FB:
                for field, at in CENTRAL.items():
                    at += (min(3, name_len - 1) if field == "name" else 0)
                    for bit in ((0x01, 0x10) if field != "offset" else (0x01, 0x40)):
                        out.append((f"{label}:{info.filename}:central.{field}", base + pos + at, bit))
                for field, at in LOCAL.items():
                    at += (min(3, name_len - 1) if field == "name" else 0)
                    for bit in (0x01, 0x10):
                        out.append((f"{label}:{info.filename}:local.{field}", base + info.header_offset + at, bit))
            pos += 46 + name_len + len(info.extra) + len(info.comment)
            if info.filename.endswith(".zip"):
                start = info.header_offset + 30 + name_len + len(info.extra)
                walk(data[start: start + info.compress_size], base + start, info.filename)

    walk(whole, 0, "outer")
    return out


def _read(path: Path) -> tuple[int, list[str], str]:
    """Events read, each issue as "code@archive|member: message", and the error's class where the run is refused."""
    stats = api.RunStats()
    try:
        events = len(list(api.timeline([path], stats=stats)))
    except DataexamError as exc:
        return -1, [], type(exc).__name__
    return events, [f"{i.code}@{i.archive}|{i.member}: {i.message}" for i in stats.issues], ""


@pytest.mark.parametrize("part_method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED], ids=["stored", "deflated"])
def test_no_header_flip_loses_a_record(tmp_path: Path, part_method: int) -> None:
    """Every header field of the outer directory, of the part zips' directories and of the local headers (every
    entry of the outer zip and of part 2, every third of parts 1 and 3), flipped: no exception, no refusal, and
    every record read — 432 of 432 (before: 229 of 756 flips lost records, 84 of them an entry's offset, 50 a local
    name's length, 48 a local method, 43 a local size, 4 a local name); each flip that reads a damaged header says
    so."""
    whole = _export(part_method)
    path = tmp_path / "fb.zip"
    path.write_bytes(whole)
    clean, issues, refused = _read(path)
    assert (issues, refused) == ([], "") and clean == 432
    flips = _flips(whole, every=3)
    assert len(flips) > 250
    lost: list[tuple[str, int, list[str]]] = []
    fields: set[str] = set()
    for label, offset, bit in flips:
        flipped = bytearray(whole)
        flipped[offset] ^= bit
        path.write_bytes(bytes(flipped))
        events, issues, refused = _read(path)
        if events != clean or refused:
            lost.append((label, clean - events, issues))
        fields.add(label.rsplit(":", 1)[1])
    assert fields == {f"central.{f}" for f in CENTRAL} | {f"local.{f}" for f in LOCAL}
    assert lost == []


def _posts_flipped(tmp_path: Path, where: str, field: str, bit: int = 0x01) -> tuple[Path, int]:
    """The export with one field of the posts file's header in part 2 flipped; the clean export's records."""
    whole = _export(zipfile.ZIP_STORED)
    clean = tmp_path / "clean.zip"
    clean.write_bytes(whole)
    _label, offset, _bit = next(f for f in _flips(whole) if f[0] == f"facebook-a-part2.zip:{FB}:{where}.{field}")
    flipped = bytearray(whole)
    flipped[offset] ^= bit
    path = tmp_path / f"{where}-{field}.zip"
    path.write_bytes(bytes(flipped))
    return path, _read(clean)[0]


@pytest.mark.parametrize("bit", [0x01, 0x02, 0x10, 0x40, 0x80])
def test_an_entry_offset_to_no_header_is_found_by_its_name(tmp_path: Path, bit: int) -> None:
    """The posts file's directory entry gives a wrong offset (no local header there, or inside another file): the
    400 posts are read from the header found by its name, one damaged-header note (was: corrupt-member, 400 lost)."""
    path, clean = _posts_flipped(tmp_path, "central", "offset", bit)
    events, issues, refused = _read(path)
    assert (events, refused) == (clean, "")
    assert len(issues) == 1 and issues[0].startswith("damaged-header@") and f"part2.zip|{FB}: " in issues[0], issues
    assert "wrong place for this file's own header" in issues[0] and "nothing lost" in issues[0]


@pytest.mark.parametrize("bit", [0x01, 0x20, 0x04])
def test_a_local_name_flip_is_read_under_the_directory_s_name(tmp_path: Path, bit: int) -> None:
    """The posts file's own header names it "posts/yOur_posts_1.json" (or another letter): read under the directory's
    name, all 400 posts, and the note names both (was: read under the wrong name, the posts unhandled)."""
    path, clean = _posts_flipped(tmp_path, "local", "name", bit)
    events, issues, _refused = _read(path)
    assert events == clean
    assert len(issues) == 1 and issues[0].startswith("damaged-header@") and f"part2.zip|{FB}: " in issues[0], issues
    wrong = FB[:3] + chr(ord(FB[3]) ^ bit) + FB[4:]
    assert f"'{FB}'" in issues[0] and f"'{wrong}'" in issues[0] and "the directory's name" in issues[0]


@pytest.mark.parametrize("field", ["method", "csize", "usize", "crc", "name_len"])
def test_a_damaged_local_header_is_read_by_the_directory(tmp_path: Path, field: str) -> None:
    """One field of the posts file's own header flipped (its method, sizes, CRC-32 or name's length) while its
    data matches the directory: read by the directory, 400 posts, one note (was: "unsupported compression", or
    the walk stopped there — the posts and every file after them lost)."""
    path, clean = _posts_flipped(tmp_path, "local", field)
    events, issues, _refused = _read(path)
    assert events == clean
    assert len(issues) == 1 and issues[0].startswith("damaged-header@") and f"part2.zip|{FB}: " in issues[0], issues
    assert "own header in the zip is damaged" in issues[0] and "nothing lost" in issues[0]


@pytest.mark.parametrize("field", ["name", "crc", "csize", "method"])
def test_a_damaged_directory_entry_is_still_read_from_the_local_headers(tmp_path: Path, field: str) -> None:
    """The directory's own field flipped (the data does not bear it out, or only the names differ): every post
    read, as before, and one line says so."""
    path, clean = _posts_flipped(tmp_path, "central", field, 0x20 if field == "name" else 0x01)
    events, issues, _refused = _read(path)
    assert events == clean and len(issues) == 1, issues


@pytest.mark.parametrize("keep_going", [False, True], ids=["default", "keep-going"])
@pytest.mark.parametrize("field", ["central.offset", "local.name", "local.method"])
def test_cli_lines_and_exit_codes_alike_in_one_process_and_two(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, field: str, keep_going: bool
) -> None:
    """The CLI says the same lines with --jobs 1 and --jobs 2 (a worker process re-opening the damaged zip), exit 0
    by default and 4 with --strict; the timeline holds every record."""
    import dataexam.parallel as parallel

    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)  # (a worker for this small export too)
    where, name = field.split(".")
    path, clean = _posts_flipped(tmp_path, where, name)
    said: dict[tuple[str, bool], tuple[int, list[str]]] = {}
    for jobs in ("1", "2"):
        for strict in (False, True):
            out = tmp_path / f"t{jobs}{strict}.jsonl"
            args = ["timeline", str(path), "-o", str(out), "--jobs", jobs, *(["--strict"] if strict else []),
                    *(["--keep-going"] if keep_going else [])]
            result = CliRunner().invoke(app, args)
            assert result.exit_code == (4 if strict else 0), result.output
            assert sum(1 for _ in out.open()) == clean
            said[(jobs, strict)] = (result.exit_code, sorted(line for line in result.stderr.splitlines()
                                                             if "×" in line))
    assert said[("1", False)][1] == said[("2", False)][1] == said[("1", True)][1] == said[("2", True)][1]
    assert any("damaged-header" in line for line in said[("1", False)][1])


def _directory_damaged(tmp_path: Path, where: str) -> tuple[Path, int]:
    """The export whose outer directory's first signature byte is flipped (zipfile refuses it: "bad magic number
    for central directory"), or a part zip's; the clean records."""
    whole = _export(zipfile.ZIP_STORED)
    clean = tmp_path / "clean.zip"
    clean.write_bytes(whole)
    flipped = bytearray(whole)
    if where == "outer":
        flipped[zipfile.ZipFile(io.BytesIO(whole)).start_dir] ^= 0x01
    else:
        outer = zipfile.ZipFile(io.BytesIO(whole))
        two = outer.read("facebook-a-part2.zip")
        flipped[whole.index(two) + zipfile.ZipFile(io.BytesIO(two)).start_dir] ^= 0x01
    path = tmp_path / f"dir-{where}.zip"
    path.write_bytes(bytes(flipped))
    return path, _read(clean)[0]


@pytest.mark.parametrize("where", ["outer", "part"])
def test_a_damaged_directory_says_so_and_that_nothing_was_lost(tmp_path: Path, where: str) -> None:
    """T57D 5: the zip's directory damaged, every file read from its own header and all 432 records read: the line
    says the directory is damaged and nothing was lost, a note (was: "incomplete or its directory is damaged (was
    the download interrupted?); … the rest of the file is missing or unreadable", a fault)."""
    path, clean = _directory_damaged(tmp_path, where)
    stats = api.RunStats()
    assert len(list(api.timeline([path], stats=stats))) == clean
    [issue] = [i for i in stats.issues if i.code == "truncated-zip"]
    assert "the zip's directory (the list of its files at its end) is damaged" in issue.message
    assert "nothing was lost" in issue.message
    assert "its first bytes, where its end record puts it, are not a directory's" in issue.message  # (what was wrong)
    assert "interrupted" not in issue.message and "missing" not in issue.message
    assert issue_kind(issue) is IssueKind.NOTE and not issue.nothing_read
    result = CliRunner().invoke(app, ["timeline", str(path), "-o", str(tmp_path / "t.jsonl")])
    assert result.exit_code == 0 and "no fault in reading" in result.stderr, result.output


@pytest.mark.parametrize("cut", [10, 100])
def test_a_zip_cut_in_its_directory_still_says_it_was_cut(tmp_path: Path, cut: int) -> None:
    """A look-alike: the zip cut short inside its directory (an interrupted download, no end record) still says it
    may have been interrupted, every file whole."""
    whole = _export(zipfile.ZIP_STORED)
    path = tmp_path / "cut.zip"
    path.write_bytes(whole[: zipfile.ZipFile(io.BytesIO(whole)).start_dir + cut])
    stats = api.RunStats()
    list(api.timeline([path], stats=stats))
    [issue] = [i for i in stats.issues if i.code == "truncated-zip"]
    assert "was the download interrupted?" in issue.message and archive.DIRECTORY_CUT in issue.message


@pytest.mark.parametrize(("bit", "code", "why"), [(5, "unsupported-compression", "compressed patched data"),
                                                  (6, "encrypted-member", "encrypted")])
def test_a_file_no_reader_opens_is_named_with_its_reason(tmp_path: Path, bit: int, code: str, why: str) -> None:
    """The posts file flagged (in both headers) as patched data or strongly encrypted, which zipfile refuses to open:
    named with its reason (was: part 2 "not a recognised export", the posts unsaid and --strict exit 0)."""
    whole = _export(zipfile.ZIP_STORED)
    outer = zipfile.ZipFile(io.BytesIO(whole))
    two = outer.read("facebook-a-part2.zip")
    at = whole.index(two)
    inner = zipfile.ZipFile(io.BytesIO(two))
    info = inner.getinfo(FB)
    flipped = bytearray(whole)
    flipped[at + inner.start_dir + 8] |= 1 << bit  # the posts are the part's first entry
    flipped[at + info.header_offset + 6] |= 1 << bit
    path = tmp_path / f"flag{bit}.zip"
    path.write_bytes(bytes(flipped))
    events, issues, refused = _read(path)
    assert refused == "" and events == 32
    assert any(i.startswith(f"{code}@") and FB in i and why in i for i in issues), issues
    result = CliRunner().invoke(app, ["timeline", str(path), "-o", str(tmp_path / "t.jsonl"), "--strict"])
    assert result.exit_code == 4, result.output
    assert f"× {code}" in result.stderr
    # part 2 was given: not "not among the inputs" (its missing-part line said so), but given and not read
    said = " ".join(result.stderr.split())
    assert "not among the inputs" not in said and "part 2 of the download is among the inputs but was not read" in said


def _damaged_photo(tmp_path: Path) -> tuple[Path, int]:
    """A deflated zip of two deflated Facebook part zips, the second holding the posts and a photo with a byte
    flipped (the part zip's own CRC-32 that of its bytes before: a download damaged after it was zipped, so its files
    are checked and the photo said, ``damaged-media``); the clean copy's records."""
    files = _facebook_files()[0]
    rnd = random.Random(7)
    one = _zip({k: files[k] for k in sorted(files) if k != FB}, zipfile.ZIP_DEFLATED)
    two = _zip({FB: files[FB], "posts/media/p1.jpg": b"\xff\xd8" + rnd.randbytes(20000)}, zipfile.ZIP_DEFLATED)
    info = zipfile.ZipFile(io.BytesIO(two)).getinfo("posts/media/p1.jpg")
    flipped = bytearray(two)
    flipped[info.header_offset + 30 + len(info.filename) + len(info.extra) + 5000] ^= 1
    good, bad = (zlib.crc32(b).to_bytes(4, "little") for b in (two, bytes(flipped)))
    whole = _zip({"facebook-a-part1.zip": one, "facebook-a-part2.zip": bytes(flipped)}, zipfile.ZIP_DEFLATED)
    path = tmp_path / "photo.zip"
    path.write_bytes(whole.replace(bad, good))
    clean = tmp_path / "clean.zip"
    clean.write_bytes(_zip({"facebook-a-part1.zip": one, "facebook-a-part2.zip": two}, zipfile.ZIP_DEFLATED))
    return path, len(list(api.timeline([clean])))


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("mode", ["default", "strict", "keep-going"])
def test_a_damaged_photo_alone_is_a_note_and_strict_exits_4_as_for_every_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str, jobs: str
) -> None:
    """T57B 13, decided: a ``damaged-media`` note alone (every record read) is a parse issue like every other note (a
    count that differs, a damaged header read whole): exit 0, stderr headed "no fault in reading"; with --strict, 4 —
    as for the damaged-header note of a flipped local header. The same lines in one process and two (a worker reads
    the main process's answer: archive.shared_spills)."""
    import dataexam.parallel as parallel

    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)  # (a worker for this small export too)
    path, clean = _damaged_photo(tmp_path)
    flags = {"default": [], "strict": ["--strict"], "keep-going": ["--keep-going"]}[mode]
    out = tmp_path / "t.jsonl"
    result = CliRunner().invoke(app, ["timeline", str(path), "-o", str(out), "--jobs", jobs, *flags])
    assert result.exit_code == (4 if mode == "strict" else 0), result.output
    assert sum(1 for _ in out.open()) == clean
    lines = [line.strip() for line in result.stderr.splitlines() if " × " in line]
    assert lines == ["photo.zip → facebook-a-part2.zip → posts/media/p1.jpg: 1 × damaged-media — " + lines[0].split(
        " — ", 1)[1]], result.stderr
    assert "no fault in reading" in result.stderr
    header, _clean = _posts_flipped(tmp_path, "local", "method")
    other = CliRunner().invoke(app, ["timeline", str(header), "-o", str(tmp_path / "h.jsonl"), "--jobs", jobs, *flags])
    assert other.exit_code == result.exit_code, other.output
    assert "no fault in reading" in other.stderr


def test_a_worker_takes_the_damaged_check_from_the_main_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--jobs: a worker re-opening the input read every file of the damaged part zip through once more (each worker,
    within the run's limits); it now takes the main process's answer (shared with the inflated copy) and says the
    same photo damaged, reading none."""
    path, _clean = _damaged_photo(tmp_path)
    with archive.open_archive([path]) as main:
        shared = archive.shared_spills([main])
        assert any(k[0] == "damaged" for k in shared)
        checks: list[int] = []
        real = archive._damaged_files
        monkeypatch.setattr(archive, "_damaged_files", lambda zf, *limits: checks.append(1) or real(zf, *limits))
        archive.use_shared_spills(shared)
        try:
            with archive.open_archive([path]) as worker:
                damaged = sorted(m.path for m in worker.members() if m.damaged)
        finally:
            archive.use_shared_spills({})
        assert checks == []
        assert damaged == sorted(m.path for m in main.members() if m.damaged) == ["facebook-a-part2/posts/media/p1.jpg"]


def test_a_utf8_flag_set_unevenly_is_no_damage(tmp_path: Path) -> None:
    """A look-alike that is no damage: a writer setting the UTF-8 flag in the directory and not in the local header
    (Facebook's photo names in Norwegian, "bilde_ø.jpg"): read, no damaged-header note, no false alarm."""
    name = "posts/media/bilde_ø.jpg"
    data = _zip({name: b"\xff\xd8" + bytes(range(256)) * 8, "posts/x.json": b"[]"}, zipfile.ZIP_DEFLATED)
    zf = zipfile.ZipFile(io.BytesIO(data))
    info = zf.getinfo(name)
    assert info.flag_bits & 0x800
    uneven = bytearray(data)
    uneven[info.header_offset + 7] &= ~0x08  # the local header's flag 11 off (0x800 >> 8)
    path = tmp_path / "uneven.zip"
    path.write_bytes(bytes(uneven))
    with archive.open_archive([path]) as opened:
        assert opened.issues == []
        member = opened.get(name)
        assert member is not None
        with member.open() as stream:
            assert stream.read() == zf.read(name)


# -- INP62 (tester T58C 1, 4): a name flipped into another file's name -------------------------------------------

def _central_at(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """Where ``info``'s central directory entry begins in ``zf``'s bytes."""
    pos = zf.start_dir
    for other in zf.infolist():
        if other is info:
            return pos
        pos += 46 + len(other.orig_filename.encode()) + len(other.extra) + len(other.comment)
    raise AssertionError(info.filename)


def _renamed(data: bytes, base: int, inner: bytes, name: str, new: str, where: str) -> bytes:
    """``data`` with the file ``name`` of the zip ``inner`` (lying at ``base`` in ``data``) named ``new`` (as long) in
    its directory entry (``where`` "central") or its own header ("local")."""
    zf = zipfile.ZipFile(io.BytesIO(inner))
    info = zf.getinfo(name)
    at = base + (_central_at(zf, info) + 46 if where == "central" else info.header_offset + 30)
    out = bytearray(data)
    out[at: at + len(name)] = new.encode()
    return bytes(out)


def _flat_export() -> bytes:
    """A deflated Facebook zip whose posts are in two files of names as long, your_posts_1.json and your_posts_3.json
    (a name's one bit, 0x02, tells them apart)."""
    import json

    files = _facebook_files()[0]
    posts = json.loads(files[FB])
    half = len(posts) // 2
    entries = {k: v for k, v in sorted(files.items()) if k != FB}
    entries[FB] = json.dumps(posts[:half]).encode()
    entries["posts/your_posts_3.json"] = json.dumps(posts[half:]).encode()
    return _zip(entries, zipfile.ZIP_DEFLATED)


def _listing(path: Path) -> list[tuple[str, bytes]]:
    """Each file the archive lists (its path and bytes), sorted: a file listed twice is there twice."""
    with archive.open_archive([path]) as opened:
        out = []
        for member in opened.members():
            with member.open() as stream:
                out.append((member.path, stream.read()))
    return sorted(out)


def _same_length_pairs(names: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for a in names for b in names if a != b and len(a.encode()) == len(b.encode())]


@pytest.mark.parametrize("where", ["central", "local"])
def test_a_name_flipped_into_another_file_s_name_loses_no_file_flat(tmp_path: Path, where: str) -> None:
    """T58C 1 (flat): every file's directory name (or its own header's) made another file's of the same length — each
    file read exactly once, under the name no other file holds, its own bytes; all 432 records; one damaged-header
    line (was, your_posts_1.json's directory name flipped to your_posts_3.json: 232 of 432, the real
    your_posts_3.json never read, your_posts_1.json read twice, exit 0)."""
    data = _flat_export()
    clean = tmp_path / "clean.zip"
    clean.write_bytes(data)
    listing = _listing(clean)
    assert _read(clean) == (432, [], "")
    names = [i.orig_filename for i in zipfile.ZipFile(io.BytesIO(data)).infolist()]
    pairs = _same_length_pairs(names)
    assert (FB, "posts/your_posts_3.json") in pairs and len(pairs) >= 10
    wrong: list[tuple[str, str, object]] = []
    for name, other in pairs:
        path = tmp_path / "x.zip"
        path.write_bytes(_renamed(data, 0, data, name, other, where))
        events, issues, refused = _read(path)
        said = [i for i in issues if i.startswith("damaged-header@")]
        if (events, refused) != (432, "") or len(said) != 1 or len(issues) != 1:
            wrong.append((name, other, (events, refused, issues)))
        elif _listing(path) != listing:
            wrong.append((name, other, "listing"))
    assert wrong == []


@pytest.mark.parametrize("part_method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED], ids=["stored", "deflated"])
@pytest.mark.parametrize("where", ["central", "local"])
def test_a_part_name_flipped_into_another_part_s_name_loses_no_part(
    tmp_path: Path, where: str, part_method: int
) -> None:
    """T58C 1 (nested): each part zip's outer name (directory or own header) made another part's — every part read once,
    432 of 432, one damaged-header line, none doubled, no truncated-zip (was: part1 named part3 in the directory, 414,
    part 3 never read nor named, "no fault in reading"; the damaged-header and truncated-zip lines doubled); and the
    same inside part 2's neighbour, part 1, for each pair of its files' names as long."""
    whole = _export(part_method)
    clean = tmp_path / "clean.zip"
    clean.write_bytes(whole)
    listing = _listing(clean)
    outer = zipfile.ZipFile(io.BytesIO(whole))
    parts = [i.filename for i in outer.infolist()]
    cases = [(whole, 0, whole, a, b) for a, b in _same_length_pairs(parts)]
    assert len(cases) == 6
    if part_method == zipfile.ZIP_STORED:  # (a part zip's own headers lie in the outer zip's bytes)
        one = outer.read("facebook-a-part1.zip")
        base = whole.index(one)
        inner = [i.orig_filename for i in zipfile.ZipFile(io.BytesIO(one)).infolist()]
        cases += [(whole, base, one, a, b) for a, b in _same_length_pairs(inner)[:8]]
    wrong: list[tuple[str, str, object]] = []
    for data, base, zipped, name, other in cases:
        path = tmp_path / "x.zip"
        path.write_bytes(_renamed(data, base, zipped, name, other, where))
        events, issues, refused = _read(path)
        if (events, refused) != (432, "") or len(issues) != 1 or not issues[0].startswith("damaged-header@"):
            wrong.append((name, other, (events, refused, issues)))
        elif _listing(path) != listing:
            wrong.append((name, other, "listing"))
    assert wrong == []


def test_a_part_name_flipped_into_another_s_is_read_once_by_the_cli(tmp_path: Path) -> None:
    """T58C 1's repro through the CLI: part 1's directory name made "facebook-a-part3.zip" — 432 events, `scan` names
    all three parts, the damaged-header line once."""
    whole = _export(zipfile.ZIP_STORED)
    path = tmp_path / "nested_central.zip"
    path.write_bytes(_renamed(whole, 0, whole, "facebook-a-part1.zip", "facebook-a-part3.zip", "central"))
    out = tmp_path / "t.jsonl"
    result = CliRunner().invoke(app, ["timeline", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sum(1 for _ in out.open()) == 432
    assert result.stderr.count("× damaged-header") == 1 and "truncated-zip" not in result.stderr, result.stderr
    scan = CliRunner().invoke(app, ["scan", str(path)])
    assert scan.exit_code == 0, scan.output
    assert all(f"part{n}" in scan.stdout for n in (1, 2, 3)), scan.stdout


def test_names_made_another_s_in_a_zip_read_from_its_local_headers(tmp_path: Path) -> None:
    """A look-alike: the directory's renamings in a zip whose directory's first bytes are damaged too (read from its
    local headers, whose names are whole): every record read, each file once. (A local header's name made another
    file's there too — two faults, no directory to weigh the names by — is left: .probe/localdup.py.)"""
    where = "central"
    data = _flat_export()
    zf = zipfile.ZipFile(io.BytesIO(data))
    names = [i.orig_filename for i in zf.infolist()]
    wrong: list[tuple[str, str, object]] = []
    for name, other in _same_length_pairs(names):
        flipped = bytearray(_renamed(data, 0, data, name, other, where))
        flipped[zf.start_dir] ^= 0x01
        path = tmp_path / "x.zip"
        path.write_bytes(bytes(flipped))
        events, issues, refused = _read(path)
        if (events, refused) != (432, ""):
            wrong.append((name, other, (events, refused, issues)))
    assert wrong == []


def _part1_jip(tmp_path: Path, inside: int) -> Path:
    """T58C 4: the export with part 1's own outer header naming it "facebook-a-part1.jip" and one bit flipped inside
    part 1 at ``inside`` (its bytes no longer the outer directory's CRC-32: the outer zip is read from its local
    headers)."""
    whole = _export(zipfile.ZIP_STORED)
    outer = zipfile.ZipFile(io.BytesIO(whole))
    info = outer.getinfo("facebook-a-part1.zip")
    flipped = bytearray(whole)
    flipped[info.header_offset + 30 + len("facebook-a-part1.")] ^= ord("z") ^ ord("j")
    flipped[whole.index(outer.read("facebook-a-part1.zip")) + inside] ^= 0x04
    path = tmp_path / "jip.zip"
    path.write_bytes(bytes(flipped))
    return path


def test_a_part_whose_own_header_is_no_zip_s_is_read_by_the_directory_s_zip_name(tmp_path: Path) -> None:
    """T58C 4: part 1's own header names it ".jip" and part 1's bytes are damaged in its directory (a file's name): the
    outer directory's ".zip" name is read, part 1 with it — 432 of 432, said (was: part 1 "not a recognised export",
    the truncated-zip line "nothing was lost", exit 0, 14 records lost)."""
    whole = _export(zipfile.ZIP_STORED)
    one = zipfile.ZipFile(io.BytesIO(zipfile.ZipFile(io.BytesIO(whole)).read("facebook-a-part1.zip")))
    first = one.infolist()[0]
    path = _part1_jip(tmp_path, _central_at(one, first) + 46 + 5)
    events, issues, refused = _read(path)
    assert (events, refused) == (432, ""), issues
    assert any(i.startswith("damaged-header@") and "'facebook-a-part1.jip'" in i and "directory's name" in i
               for i in issues), issues
    result = CliRunner().invoke(app, ["timeline", str(path), "-o", str(tmp_path / "t.jsonl")])
    assert result.exit_code == 0 and "not a recognised export" not in result.stderr, result.output


def test_a_damaged_part_named_no_zip_is_never_nothing_lost(tmp_path: Path) -> None:
    """T58C 4's look-alike grid: part 1 named ".jip" in its own header and one bit flipped at each of 40 places in
    part 1 (its files' data, headers, directory): part 1 is read as a zip every time — 432 records, or fewer with a
    fault (not a note) saying so; never "not a recognised export" with "nothing was lost"."""
    whole = _export(zipfile.ZIP_STORED)
    size = len(zipfile.ZipFile(io.BytesIO(whole)).read("facebook-a-part1.zip"))
    wrong: list[tuple[int, object]] = []
    for inside in range(0, size, max(1, size // 40)):
        path = _part1_jip(tmp_path, inside)
        stats = api.RunStats()
        try:
            events = len(list(api.timeline([path], stats=stats)))
        except DataexamError as exc:
            wrong.append((inside, type(exc).__name__))
            continue
        faults = [i for i in stats.issues if issue_kind(i) is not IssueKind.NOTE]
        if events != 432 and not faults:
            wrong.append((inside, (events, [f"{i.code}: {i.message}" for i in stats.issues])))
        if any(i.member.endswith(".jip") for i in stats.issues):
            wrong.append((inside, "jip"))
    assert wrong == []
