"""A damaged part zip's reading (INP60, tester T57B): no silent loss, limits kept.

1. A byte flipped in a part zip's central directory (a letter of ``posts/your_posts_1.json``'s name, a length
   field) while its local header and data are intact: the file was unknown ("not a recognised export … skipped"),
   or the entries after it swallowed, and all 400 posts lost with no issue, ``--strict`` exit 0. Now a directory
   entry that disagrees with its local header (name, method, CRC-32, sizes), or an end record counting files the
   directory does not list, makes the zip read from its local headers, with an issue: nothing lost, exit 4.
   The same for the outer zip's directory (a flip in "version needed" was "internal error (NotImplementedError)",
   exit 1; one in part 1's comment length dropped part 1 silently).
2. The damaged-part check read every file of a damaged part zip through, a 3 GB run of zeros ("bomb.mp4") that
   --max-ratio refuses included; and --keep-going ran it twice. It refuses what the limits refuse, once per input.
3. A part zip's own issue line named it alone ("facebook-a-part2.zip: 1 × corrupt-zip") or by a slash path
   ("bundle.zip/facebook-a-part2.zip"): it names the chain from the zip given.

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

FB = "posts/your_posts_1.json"


def _whole(part_method: int) -> tuple[bytes, bytes]:
    """A stored zip of two Facebook part zips (their own files stored or deflated, ``part_method``), the second
    holding the posts and a photo; and that second part zip's bytes."""
    files = _facebook_files()[0]
    rnd = random.Random(11)
    first = {k: files[k] for k in sorted(files) if k != FB}
    second = {FB: files[FB], "posts/media/p0.jpg": rnd.randbytes(3000)}
    two = _zip(second, part_method)
    whole = _zip({"facebook-a-part1.zip": _zip(first, part_method), "facebook-a-part2.zip": two},
                 zipfile.ZIP_STORED)
    return whole, two


def _read(path: Path) -> tuple[int, int, str]:
    """Events read, issues said, and a word for a refusal (a library error, said with a non-zero exit)."""
    stats = api.RunStats()
    try:
        events = len(list(api.timeline([path], stats=stats)))
    except DataexamError as exc:
        return 0, stats.issue_count, type(exc).__name__
    return events, stats.issue_count, ""


def _regions(whole: bytes, two: bytes) -> dict[str, range]:
    """The part zip's own directory (with its end record) and the outer zip's, as offsets in ``whole``."""
    at = whole.index(two)
    inner_dir = at + zipfile.ZipFile(io.BytesIO(two)).start_dir
    outer_dir = zipfile.ZipFile(io.BytesIO(whole)).start_dir
    return {"part2-dir": range(inner_dir, at + len(two)), "outer-dir": range(outer_dir, len(whole))}


@pytest.mark.parametrize("part_method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED], ids=["stored", "deflated"])
def test_no_directory_flip_loses_records_unsaid(tmp_path: Path, part_method: int) -> None:
    """Every byte of the part zip's directory and of the outer directory flipped (one bit, by its offset): records
    are lost only where an issue (or a refusal) says so; 0 of them now lose the 400 posts unsaid (T57B: 18 of 155)."""
    whole, two = _whole(part_method)
    path = tmp_path / "fuzz.zip"
    path.write_bytes(whole)
    clean, issues, refused = _read(path)
    assert (issues, refused) == (0, "") and clean > 400
    silent: list[tuple[str, int, int]] = []
    lost: list[tuple[str, int, int, str]] = []
    flips = 0
    for where, offsets in _regions(whole, two).items():
        if part_method == zipfile.ZIP_DEFLATED and where == "outer-dir":
            continue  # (the same outer directory as the stored grid's)
        for offset in offsets:
            flipped = bytearray(whole)
            flipped[offset] ^= 1 << (offset % 8)
            path.write_bytes(bytes(flipped))
            events, issues, refused = _read(path)
            flips += 1
            if events < clean and not issues and not refused:
                silent.append((where, offset, clean - events))
            if events < clean:
                lost.append((where, offset, clean - events, refused))
    assert flips > 100
    assert silent == []
    # a loss is only where the directory's name of the posts was flipped to another plausible name ("posts/yous_…",
    # "…/your_post3_1.json"), its own header's right: either may be the damaged one, and the directory's is read, said
    # by a damaged-header line naming both (since INP61; an entry's offset flipped to no local header, which lost that
    # file, is found by its name); never the whole part zip; none refused (the end record's directory offset flipped
    # past the zip's size was "nothing in it could be read")
    assert all(refused == "" and n <= 400 for _where, _offset, n, refused in lost), lost
    assert len(lost) <= 6, lost


@pytest.mark.parametrize("where", ["name", "size", "crc", "count"])
def test_directory_disagreeing_is_said_and_salvaged_strict_exits_4(tmp_path: Path, where: str) -> None:
    """A part zip's directory entry of the posts file that disagrees with its local header (a name's letter, its
    size, its CRC-32) or an end record counting one file more: all 400 posts read from the local header, one issue
    naming the chain, --strict exit 4 (was 32 events, exit 0: the posts lost unsaid)."""
    whole, two = _whole(zipfile.ZIP_STORED)
    at = whole.index(two)
    zf = zipfile.ZipFile(io.BytesIO(two))
    entry = at + zf.start_dir  # the posts file's entry is the first
    flipped = bytearray(whole)
    if where == "name":
        flipped[entry + 46 + FB.index("o")] ^= 0x20  # posts/yOur_posts_1.json
    elif where == "size":
        flipped[entry + 24] ^= 0x01  # uncompressed size
    elif where == "crc":
        flipped[entry + 16] ^= 0x01
    else:
        end = at + len(two) - 22
        flipped[end + 10] += 1  # entries in total
    path = tmp_path / f"dir-{where}.zip"
    path.write_bytes(bytes(flipped))
    path_clean = tmp_path / "clean.zip"
    path_clean.write_bytes(whole)
    clean = _read(path_clean)[0]
    events, issues, refused = _read(path)
    assert (events, refused) == (clean, "") and issues == 1
    result = CliRunner().invoke(app, ["timeline", str(path), "-o", str(tmp_path / "t.jsonl"), "--strict"])
    assert result.exit_code == 4, result.output
    if where == "name":  # (since INP61: the header's name read, the data matching both; the file said, not the zip)
        assert f"dir-{where}.zip → facebook-a-part2.zip → {FB}: 1 × damaged-header" in result.output, result.output
    else:
        assert f"dir-{where}.zip → facebook-a-part2.zip: 1 × truncated-zip" in result.output
    assert "not a recognised export" not in result.output


@pytest.mark.parametrize("field", ["version", "comment-length"])
def test_outer_directory_flips(tmp_path: Path, field: str) -> None:
    """The outer directory's "version needed" flipped (was "internal error (NotImplementedError)", exit 1) and part
    1's comment length (part 1 dropped unsaid: the end record says 2 entries, 1 listed): both parts read from the
    local headers, one issue, --strict exit 4."""
    whole, _two = _whole(zipfile.ZIP_STORED)
    entry = zipfile.ZipFile(io.BytesIO(whole)).start_dir
    flipped = bytearray(whole)
    if field == "version":
        flipped[entry + 6] ^= 0x80  # version needed to extract, 20 → 148 (zipfile: "zip file version 14.8")
    else:
        flipped[entry + 32] ^= 0x10  # file comment length of part 1's entry
    path = tmp_path / f"outer-{field}.zip"
    path.write_bytes(bytes(flipped))
    path_clean = tmp_path / "clean.zip"
    path_clean.write_bytes(whole)
    clean = _read(path_clean)[0]
    assert _read(path) == (clean, 1, "")
    result = CliRunner().invoke(app, ["timeline", str(path), "-o", str(tmp_path / "t.jsonl"), "--strict"])
    assert result.exit_code == 4, result.output
    assert "internal error" not in result.output


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED], ids=["stored", "deflated"])
def test_clean_zips_read_through_their_directory(tmp_path: Path, method: int) -> None:
    """No false alarm: clean zips (stored, deflated, streamed with data descriptors, zip64 sizes) agree with their
    local headers and are read as before, no issue."""
    files = _facebook_files()[0]
    plain = _zip(files, method)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:  # written through a stream: data descriptors (bit 3)
        for name, data in files.items():
            with zf.open(name, "w", force_zip64=True) as w:
                w.write(data)
    for data in (plain, buf.getvalue(), _zip({"facebook-a-part1.zip": plain}, method)):
        zf = zipfile.ZipFile(io.BytesIO(data))
        assert archive._directory_fault(zf) is None
        path = tmp_path / "x.zip"
        path.write_bytes(data)
        events, issues, refused = _read(path)
        assert (issues, refused) == (0, "") and events > 400


def _damaged_with_bomb(tmp_path: Path) -> tuple[Path, int]:
    """A deflated zip of two deflated part zips whose second holds the posts, a photo with a byte flipped (the part
    zip's own CRC-32 that of its bytes before: a download damaged after it was zipped) and "bomb.mp4", 64 MiB of
    zeros (over the 250:1 ratio limit); the clean copy's records."""
    files = _facebook_files()[0]
    rnd = random.Random(5)
    one = _zip({k: files[k] for k in sorted(files) if k != FB}, zipfile.ZIP_DEFLATED)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(FB, files[FB])
        zf.writestr("posts/media/p1.jpg", b"\xff\xd8" + rnd.randbytes(20000))
        with zf.open("posts/media/bomb.mp4", "w") as w:
            for _ in range(64):
                w.write(bytes(1 << 20))
    two = buf.getvalue()
    info = zipfile.ZipFile(io.BytesIO(two)).getinfo("posts/media/p1.jpg")
    flipped = bytearray(two)
    flipped[info.header_offset + 30 + len(info.filename) + len(info.extra) + 5000] ^= 1
    whole = _zip({"facebook-a-part1.zip": one, "facebook-a-part2.zip": bytes(flipped)}, zipfile.ZIP_DEFLATED)
    good, bad = (zlib.crc32(b).to_bytes(4, "little") for b in (two, bytes(flipped)))
    assert whole.count(bad) == 2
    path = tmp_path / "bomb.zip"
    path.write_bytes(whole.replace(bad, good))
    clean = tmp_path / "clean.zip"
    clean.write_bytes(_zip({"facebook-a-part1.zip": one, "facebook-a-part2.zip": two}, zipfile.ZIP_DEFLATED))
    return path, len(list(api.timeline([clean])))


@pytest.mark.parametrize("keep_going", [False, True], ids=["plain", "keep-going"])
@pytest.mark.parametrize("command", ["scan", "timeline"])
def test_damaged_part_check_keeps_the_limits_and_runs_once(
    command: str, keep_going: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The damaged-part check reads no file the limits refuse (the bomb: was inflated whole, 64 MiB here, 3 GB in
    T57B's probe) and runs once per input also with --keep-going (was twice); the photo is still said, the bomb
    said as a limit, every record read."""
    path, clean = _damaged_with_bomb(tmp_path)
    read: list[str] = []
    real_open = zipfile.ZipFile.open

    def counted(self, name, *args, **kwargs):  # type: ignore[no-untyped-def]
        read.append(name if isinstance(name, str) else name.filename)
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", counted)
    checks: list[int] = []
    real = archive._damaged_files
    monkeypatch.setattr(archive, "_damaged_files", lambda zf, *limits: checks.append(1) or real(zf, *limits))
    out = tmp_path / "t.jsonl"
    args = [command, str(path), *(["-o", str(out)] if command == "timeline" else []),
            *(["--keep-going"] if keep_going else [])]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "posts/media/bomb.mp4" not in read
    assert checks == [1]
    assert not archive._DAMAGED_KEPT
    if command == "timeline":
        assert sum(1 for _ in out.open()) == clean
        assert "bomb.zip → facebook-a-part2.zip → posts/media/bomb.mp4: 1 × limit" in result.stderr
        assert "posts/media/p1.jpg: 1 × damaged-media" in result.stderr
    raised = CliRunner().invoke(app, ["--max-ratio", "100000", *args])
    assert raised.exit_code == 0, raised.output
    assert "posts/media/bomb.mp4" in read  # (within raised limits it is checked, as any file)


@pytest.mark.parametrize("depth", [2, 3])
@pytest.mark.parametrize("fault", ["junk", "cut"])
def test_a_part_zips_own_issue_line_names_the_chain(tmp_path: Path, depth: int, fault: str) -> None:
    """A part zip's own corrupt-zip / truncated-zip line starts with the zip given and names every zip after it
    (was "facebook-a-part2.zip: 1 × corrupt-zip", "bundle.zip/facebook-a-part2.zip: 1 × truncated-zip")."""
    whole, two = _whole(zipfile.ZIP_STORED)
    bad = two[: len(two) // 2] if fault == "cut" else b"PK\x03\x04" + bytes(200)
    parts = zipfile.ZipFile(io.BytesIO(whole))
    inner = {"facebook-a-part1.zip": parts.read("facebook-a-part1.zip"), "facebook-a-part2.zip": bad}
    data = _zip(inner, zipfile.ZIP_STORED)
    chain = ["given.zip"]
    if depth == 3:
        data = _zip({"bundle.zip": data}, zipfile.ZIP_STORED)
        chain.append("bundle.zip")
    path = tmp_path / "given.zip"
    path.write_bytes(data)
    result = CliRunner().invoke(app, ["timeline", str(path), "-o", str(tmp_path / "t.jsonl"), "--strict"])
    assert result.exit_code == 4, result.output
    lines = [line for line in result.stderr.splitlines() if "× corrupt-zip" in line or "× truncated-zip" in line]
    assert len(lines) == 1
    after = " → " if fault == "cut" else ": 1 × "  # (cut inside the posts: that file's line, through the chain)
    assert lines[0].startswith("  " + " → ".join([*chain, "facebook-a-part2.zip"]) + after), lines[0]


@pytest.mark.parametrize("cut", [False, True], ids=["whole", "cut"])
@pytest.mark.parametrize("nesting", [1, 2])
def test_nesting_limit_said_through_the_chain(tmp_path: Path, nesting: int, cut: bool) -> None:
    """A zip of a zip of part zips past --max-nesting: "1 level" (was "1 levels"), the zip skipped named through the
    chain ("d3.zip → b.zip → facebook-a-part1.zip", was "b/facebook-a-part1.zip"), and a cut outer zip says the
    limit, not "1 complete file(s) were read; every file's data is whole" (T57B 5)."""
    whole, _two = _whole(zipfile.ZIP_STORED)
    data = _zip({"b.zip": whole}, zipfile.ZIP_STORED)
    if cut:
        data = data[: zipfile.ZipFile(io.BytesIO(data)).start_dir + 10]  # (its directory cut)
    path = tmp_path / "d3.zip"
    path.write_bytes(data)
    result = CliRunner().invoke(app, ["--max-nesting", str(nesting), "timeline", str(path), "-o",
                                      str(tmp_path / "t.jsonl")])
    assert result.exit_code != 0
    said = " ".join(result.stderr.split())
    level = "1 level;" if nesting == 1 else "2 levels;"
    skipped = "d3.zip → b.zip" if nesting == 1 else "d3.zip → b.zip → facebook-a-part"
    assert f"{skipped}" in said and f"zip nested deeper than {level}" in said, said
    assert "levels; skipped" not in said or nesting != 1
    assert "every file's data is whole" not in said and "b/facebook" not in said
