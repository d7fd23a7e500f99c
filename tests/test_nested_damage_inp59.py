"""Zips inside zips (INP59): each part zip inflated once also with --keep-going; a damaged part zip read file by file;
--max-nesting counts zips only; every issue line and "nothing in it could be read" name the whole zip chain.

1. ``--keep-going`` opened every input once to check it is an export and again for the run: a zip of two deflated part
   zips wrote 19,646 bytes to the temporary folder (each part zip inflated twice) → 9,823.
2. A byte flipped in a part zip of an all-stored zip of part zips: zipfile's stream of the part zip checks the part
   zip's own CRC-32 at its end — where its directory is — so the part zip was refused whole ("nested zip is
   damaged", or salvaged with every file after the flip called damaged; at depth ≥ 3 "nothing in it could be read").
   Now its bytes are read as they are, and each file in it is checked against its own CRC-32: only the damaged one
   is said, named through the whole chain.
3. A damaged photo or video (no parser reads it) was never said. Where the part zip holding it is inflated into the
   temporary folder its own CRC-32 comes free with the copy; where that fails, each of its files is checked (a cost
   paid only on damage) and a damaged one no parser reads is a ``damaged-media`` note. A stored part zip, read in
   place, is not checked: that would read every byte of it, photos and videos included, which nothing else reads.
4. T56A 10: a zip in a folder given was counted a level deeper than the same zip given alone (the folder counted as
   a zip; a batch participant's folder always is one); a depth-1 issue line named the file alone, not its zip.

Invented exports (the zip-cut tests' builders).
"""

from __future__ import annotations

import io
import json
import os
import random
import stat
import tempfile
import zipfile
import zlib
from pathlib import Path

import pytest
from test_zip_cut import _amazon_files, _facebook_files, _zip
from typer.testing import CliRunner

from dataexam import api, archive
from dataexam.archive import ArchiveLimits
from dataexam.cli import app

FB = "posts/your_posts_1.json"
AM = "Retail.OrderHistory.1/Retail.OrderHistory.1.csv"


def _parts(service: str, inner: int) -> tuple[bytes, bytes, str, str]:
    """Two part zips of one export (the second holding ``member``), their stem."""
    if service == "facebook":
        files, member, stem = _facebook_files()[0], FB, "facebook-a-part"
    else:
        files, member, stem = _amazon_files()[0], AM, "Retail.OrderHistory"
    keys = sorted(files)
    second = {k: files[k] for k in keys if k.split("/")[0] == member.split("/")[0]}
    first = {k: files[k] for k in keys if k not in second}
    return _zip(first, inner), _zip(second, inner), stem, member


def _flip_in(whole: bytes, part: bytes, offset: int) -> bytes:
    """``whole`` with one bit flipped at ``offset`` of ``part`` where it lies in ``whole`` (stored)."""
    flipped = bytearray(whole)
    flipped[whole.index(part) + offset] ^= 0x01
    return bytes(flipped)


def _nest(data: bytes, depth: int) -> tuple[bytes, list[str]]:
    """``data`` (a zip of part zips, depth 2) inside ``depth - 2`` stored bundles; the bundles' names, outermost
    first."""
    chain: list[str] = []
    for level in range(3, depth + 1):
        data = _zip({f"bundle{level}.zip": data}, zipfile.ZIP_STORED)
        chain.insert(0, f"bundle{level}.zip")
    return data, chain


def _damaged(tmp_path: Path, service: str, inner: int, depth: int) -> tuple[Path, list[str], str, int]:
    """An all-stored zip of two part zips (their files ``inner``-compressed), one byte flipped in the second's
    ``member``, at ``depth``; the chain to the member, the member, and the records of an undamaged copy."""
    one, two, stem, member = _parts(service, inner)
    names = [f"{stem}1.zip", f"{stem}2.zip"]
    good = _zip({names[0]: one, names[1]: two}, zipfile.ZIP_STORED)
    info = zipfile.ZipFile(io.BytesIO(two)).getinfo(member)
    data_at = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    whole, bundles = _nest(_flip_in(good, two, data_at + info.compress_size // 2), depth)
    path = tmp_path / f"damaged_{depth}.zip"
    path.write_bytes(whole)
    clean = tmp_path / f"clean_{depth}.zip"
    clean.write_bytes(_nest(good, depth)[0])
    records = len(list(api.timeline([clean], limits=ArchiveLimits(max_nesting=5))))
    return path, [path.name, *bundles, names[1], member], member, records


@pytest.mark.parametrize("service", ["facebook", "amazon"])
@pytest.mark.parametrize("inner", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
@pytest.mark.parametrize("depth", [2, 3, 4])
def test_a_damaged_part_zip_is_read_file_by_file(service: str, inner: int, depth: int, tmp_path: Path) -> None:
    # was: the whole part zip skipped ("nested zip is damaged and was skipped"), or every file after the flip
    # called damaged beside a "zip file is incomplete" line; a flip in Amazon's CSV: its orders before it are kept
    path, chain, member, clean = _damaged(tmp_path, service, inner, depth)
    stats = api.RunStats()
    events = list(api.timeline([path], stats=stats, limits=ArchiveLimits(max_nesting=5)))
    # (a flip in deflated data may inflate to other bytes before the CRC-32 fails: a CSV's rows read ragged — the
    # member's own issues; none of another file, none of a zip)
    assert "corrupt-member" in {i.code for i in stats.issues}
    assert {i.member for i in stats.issues} == {member}, [(i.code, i.member, i.message) for i in stats.issues]
    assert clean - len(events) < 400  # only the damaged file's records after the flip (at most) are lost
    result = CliRunner().invoke(app, ["--max-nesting", "5", "timeline", str(path), "-o", str(tmp_path / "t.jsonl")])
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.stderr.splitlines() if " × " in line]
    assert lines and all(line.startswith(" → ".join(chain)) for line in lines), result.stderr
    assert any("1 × corrupt-member" in line for line in lines)
    assert "nested zip is damaged" not in result.stderr and "nothing in it could be read" not in result.stderr
    assert stat.S_IMODE(os.stat(tmp_path / "t.jsonl").st_mode) == 0o600


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_damaged_part_zip_reads_alike_in_workers(jobs: str, tmp_path: Path) -> None:
    path, chain, _member, clean = _damaged(tmp_path, "facebook", zipfile.ZIP_DEFLATED, 3)
    out = tmp_path / f"t{jobs}.jsonl"
    result = CliRunner().invoke(app, ["timeline", str(path), "-o", str(out), "--jobs", jobs])
    assert result.exit_code == 0, result.output
    written = out.read_text().splitlines()
    assert clean - len(written) < 400
    lines = [line.strip() for line in result.stderr.splitlines() if " × " in line]
    assert len(lines) == 1 and lines[0].startswith(" → ".join(chain))


def test_every_flip_in_a_part_zip_names_one_file_at_most(tmp_path: Path) -> None:
    # a grid over the part zip's bytes (its files' headers, data and directory): was, at 41 flips, 20 runs calling
    # several files damaged and 1 skipping the part zip; now at most the one file the flip lies in
    one, two, _stem, _member = _parts("facebook", zipfile.ZIP_STORED)
    good = _zip({"facebook-a-part1.zip": one, "facebook-a-part2.zip": two}, zipfile.ZIP_STORED)
    start = good.index(two)
    path = tmp_path / "x.zip"
    for offset in range(0, len(two), len(two) // 40):
        flipped = bytearray(good)
        flipped[start + offset] ^= 0x01
        path.write_bytes(bytes(flipped))
        stats = api.RunStats()
        events = list(api.timeline([path], stats=stats))
        damaged = {i.member for i in stats.issues if i.code == "corrupt-member"}
        codes = {i.code for i in stats.issues}
        assert len(damaged) <= 1 and "corrupt-zip" not in codes, (offset, stats.issues)
        # a flip in the directory's end record: every file read from its local headers, the directory said damaged
        # and nothing lost (since INP61: not "was the download interrupted?")
        assert all("directory (the list of its files at its end) is damaged" in i.message
                   and "nothing was lost" in i.message for i in stats.issues if i.code == "truncated-zip"), stats.issues
        assert len(events) >= 32, offset  # every record of the other files (a flip in a header loses its file's)


def _parts_zip(tmp_path: Path) -> tuple[Path, int]:
    files = _facebook_files()[0]
    keys = sorted(files)
    one = _zip({k: files[k] for k in keys[: len(keys) // 2]}, zipfile.ZIP_DEFLATED)
    two = _zip({k: files[k] for k in keys[len(keys) // 2 :]}, zipfile.ZIP_DEFLATED)
    path = tmp_path / "parts.zip"
    path.write_bytes(_zip({"facebook-a-part1.zip": one, "facebook-a-part2.zip": two}, zipfile.ZIP_DEFLATED))
    return path, len(one) + len(two)


def _count_inflated(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The bytes each inflation of a zip inside a zip writes to the temporary folder."""
    sizes: list[int] = []
    real = archive._inflate_into

    def counted(out, fp, start, length, limit):  # type: ignore[no-untyped-def]
        result = real(out, fp, start, length, limit)
        sizes.append(result[0])
        return result

    monkeypatch.setattr(archive, "_inflate_into", counted)
    return sizes


def _temporary_folder(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder.mkdir(exist_ok=True)
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)  # (Python caches its choice)
    monkeypatch.setattr(api, "memory_file_system", lambda p: "tmpfs" if Path(p).resolve() == folder.resolve() else None)


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("command", ["scan", "timeline", "report"])
def test_keep_going_inflates_each_part_zip_once(
    command: str, jobs: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 19,646 bytes (each of the 2 part zips twice: the check, then the run) → 9,823
    path, size = _parts_zip(tmp_path)
    _temporary_folder(tmp_path / "shm", monkeypatch)
    inflated = _count_inflated(monkeypatch)
    out = tmp_path / f"out.{'jsonl' if command == 'timeline' else 'json'}"
    args = [command, str(path), "--keep-going", "--jobs", jobs] + (["-o", str(out)] if command != "scan" else [])
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert sum(inflated) == size and len(inflated) == 2
    said = [line for line in result.stderr.splitlines() if "inflated into the temporary folder" in line]
    assert len(said) == 1 and "2 zips inside zips (a zip of part zips) were inflated" in said[0]
    assert list((tmp_path / "shm").iterdir()) == []  # nothing left behind
    assert not archive._KEPT_SPARE  # every copy kept was read again, or closed
    if command != "scan":
        assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    plain = CliRunner().invoke(
        app, [command, str(path), "--jobs", jobs] + (["-o", str(out)] if command != "scan" else [])
    )
    assert plain.exit_code == 0 and sum(inflated) == 2 * size  # the same once more without --keep-going


def test_keep_going_closes_the_copies_of_an_input_it_skips(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a zip of part zips of no export: its copies are not kept for a run that never reads them
    path = tmp_path / "noexport.zip"
    path.write_bytes(_zip({"a.zip": _zip({"notes/x.txt": b"x" * 5000}, zipfile.ZIP_DEFLATED)}, zipfile.ZIP_DEFLATED))
    good, _size = _parts_zip(tmp_path)
    _temporary_folder(tmp_path / "shm", monkeypatch)
    inflated = _count_inflated(monkeypatch)
    result = CliRunner().invoke(app, ["timeline", str(path), str(good), "--keep-going", "-o", str(tmp_path / "t.db")])
    assert result.exit_code == 0, result.output
    assert "skipped" in result.stderr and "noexport.zip" in result.stderr
    assert len(inflated) == 3  # the skipped zip's one, and each part zip once
    assert not archive._KEPT_SPARE and archive._KEPT is None
    assert list((tmp_path / "shm").iterdir()) == []


def _folder_of(tmp_path: Path, depth: int) -> tuple[Path, Path]:
    """A zip of part zips at ``depth`` zip levels, given alone and inside a folder."""
    one, two, _stem, _member = _parts("facebook", zipfile.ZIP_STORED)
    whole, _ = _nest(_zip({"facebook-a-part1.zip": one, "facebook-a-part2.zip": two}, zipfile.ZIP_STORED), depth)
    alone = tmp_path / f"d{depth}.zip"
    alone.write_bytes(whole)
    folder = tmp_path / f"folder{depth}"
    folder.mkdir()
    (folder / alone.name).write_bytes(whole)
    return alone, folder


@pytest.mark.parametrize("nesting", [2, 3, 4])
@pytest.mark.parametrize("depth", [2, 3, 4])
def test_max_nesting_counts_zips_not_the_folder(depth: int, nesting: int, tmp_path: Path) -> None:
    # a folder holding d3.zip was read only with --max-nesting 4 (the folder counted as a level) where d3.zip alone
    # was read with 3
    alone, folder = _folder_of(tmp_path, depth)
    outcomes = []
    for given in (alone, folder):
        result = CliRunner().invoke(app, ["--max-nesting", str(nesting), "scan", str(given)])
        outcomes.append(result.exit_code)
        if depth <= nesting:
            assert result.exit_code == 0, result.output
        else:
            assert result.exit_code != 0
            said = " ".join(result.stderr.split())
            chain = " → ".join(
                [alone.name, *[f"bundle{k}.zip" for k in range(depth, 2, -1)], "facebook-a-part1.zip"][: nesting + 1]
            )  # (down to the first zip too deep)
            assert f"nothing in it could be read: {chain}: zip nested deeper than {nesting} levels" in said
    assert outcomes[0] == outcomes[1]


def test_batch_names_each_zip_of_a_chain_too_deep_by_position(tmp_path: Path) -> None:
    # was "(nothing in it could be read: a zip inside it: zip nested deeper than 3 levels …)" — which zip, and
    # at which depth, unsaid; now each zip of the chain by its position, no name of the person's
    one, two, _stem, _member = _parts("facebook", zipfile.ZIP_STORED)
    whole, _ = _nest(_zip({"facebook-a-part1.zip": one, "facebook-a-part2.zip": two}, zipfile.ZIP_STORED), 4)
    ok, _ = _nest(_zip({"facebook-a-part1.zip": one, "facebook-a-part2.zip": two}, zipfile.ZIP_STORED), 3)
    for pid, data in (("P01", whole), ("P02", ok)):
        (tmp_path / "in" / pid).mkdir(parents=True)
        (tmp_path / "in" / pid / "facebook-inesvarga-2024.zip").write_bytes(data)
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--workers", "1"])
    said = " ".join(result.stderr.split())
    assert (
        "participant P01: input-1.folder: not a recognised export (nothing in it could be read: zip-1 → zip-2 → "
        "zip-3 → zip-4: zip nested deeper than 3 levels"
    ) in said, said
    assert "a zip inside it" not in said and "inesvarga" not in said and "bundle" not in said
    runs = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert "inesvarga" not in json.dumps(runs)
    # the zip of part zips 3 levels deep in P02's folder is read, as it is given alone
    assert "1 done" in said


@pytest.mark.parametrize("given", ["zip", "folder"])
def test_a_depth_one_issue_line_names_its_zip(given: str, tmp_path: Path) -> None:
    # a flat zip with a damaged file: "posts/your_posts_1.json (after 400 records): 1 × corrupt-member" named no zip
    # → "d1.zip → posts/your_posts_1.json …", as a part zip's line names the whole chain
    files = _facebook_files()[0]
    data = _zip(files, zipfile.ZIP_STORED)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(FB)
    at = info.header_offset + 30 + len(FB) + len(info.extra) + info.compress_size // 2
    flipped = bytearray(data)
    flipped[at] ^= 0x01
    zip_path = tmp_path / "d1.zip"
    zip_path.write_bytes(bytes(flipped))
    path = zip_path
    if given == "folder":
        path = tmp_path / "downloads"
        path.mkdir()
        zip_path.rename(path / "d1.zip")
    result = CliRunner().invoke(app, ["timeline", str(path), "-o", str(tmp_path / "t.jsonl")])
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.stderr.splitlines() if " × " in line]
    assert len(lines) == 1 and lines[0].startswith(f"d1.zip → {FB}"), result.stderr


MEDIA = "posts/media/p1.jpg"


def _media_damaged(tmp_path: Path, outer: int) -> tuple[Path, int]:
    """A zip of two part zips (``outer``-compressed) whose second holds a photo with one byte flipped, the part zip's
    own CRC-32 that of its bytes before the flip (as a download damaged after it was zipped); the clean copy's
    records."""
    files = _facebook_files()[0]
    keys = sorted(files)
    one = _zip({k: files[k] for k in keys[: len(keys) // 2]}, zipfile.ZIP_DEFLATED)
    second = {k: files[k] for k in keys[len(keys) // 2 :]}
    second[MEDIA] = b"\xff\xd8\xff" + bytes(range(256)) * 200
    two = _zip(second, zipfile.ZIP_STORED)
    info = zipfile.ZipFile(io.BytesIO(two)).getinfo(MEDIA)
    flipped = bytearray(two)
    flipped[info.header_offset + 30 + len(MEDIA) + len(info.extra) + 5000] ^= 0x01
    whole = _zip({"facebook-a-part1.zip": one, "facebook-a-part2.zip": bytes(flipped)}, outer)
    good_crc, bad_crc = (zlib.crc32(b).to_bytes(4, "little") for b in (two, bytes(flipped)))
    assert whole.count(bad_crc) == 2  # its local header's and its directory entry's
    path = tmp_path / "parts.zip"
    path.write_bytes(whole.replace(bad_crc, good_crc))
    clean = tmp_path / "clean.zip"
    clean.write_bytes(_zip({"facebook-a-part1.zip": one, "facebook-a-part2.zip": two}, outer))
    return path, len(list(api.timeline([clean])))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_damaged_photo_in_an_inflated_part_zip_is_said(jobs: str, tmp_path: Path) -> None:
    # never said (no parser reads a photo); now one damaged-media note, every record read, exit 0
    path, clean = _media_damaged(tmp_path, zipfile.ZIP_DEFLATED)
    out = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["report", str(path), "-o", str(out), "--jobs", jobs])
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.stderr.splitlines() if " × " in line]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"parts.zip → facebook-a-part2.zip → {MEDIA}: 1 × damaged-media — file is damaged")
    assert "no fault in reading" in result.stderr  # no record lost
    notes = json.loads(out.read_text())["inputs"]["parse_issues"]["notes"]
    assert [(n["code"], n["file"]) for n in notes] == [("damaged-media", MEDIA)]
    stats = api.RunStats()
    assert len(list(api.timeline([path], stats=stats))) == clean
    assert [i.code for i in stats.issues] == ["damaged-media"]


def test_a_damaged_photo_under_redact_is_said_in_fixed_words(tmp_path: Path) -> None:
    path, _clean = _media_damaged(tmp_path, zipfile.ZIP_DEFLATED)
    out = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["report", str(path), "-o", str(out), "--redact"])
    assert result.exit_code == 0, result.output
    notes = json.loads(out.read_text())["inputs"]["parse_issues"]["notes"]
    assert [(n["code"], n["file"]) for n in notes] == [("damaged-media", None)]
    assert "photo, video or other attachment" in notes[0]["message"] and "p1.jpg" not in out.read_text()


def test_a_whole_part_zip_checks_no_photo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a part zip whose own CRC-32 passes: none of its files is read through at opening (no cost on whole downloads)
    path, _clean = _media_damaged(tmp_path, zipfile.ZIP_DEFLATED)
    clean = tmp_path / "clean.zip"
    checked: list[int] = []
    real = archive._damaged_files
    monkeypatch.setattr(archive, "_damaged_files", lambda zf, *limits: checked.append(1) or real(zf, *limits))
    list(api.timeline([clean]))
    assert checked == []
    list(api.timeline([path]))
    assert checked == [1]


def test_a_damaged_photo_in_a_stored_part_zip_is_not_checked(tmp_path: Path) -> None:
    # read in place, its part zip is never copied: checking it would read every photo and video (said in INP59's
    # report); nothing false is said, every record read
    path, clean = _media_damaged(tmp_path, zipfile.ZIP_STORED)
    stats = api.RunStats()
    assert len(list(api.timeline([path], stats=stats))) == clean
    assert stats.issues == []


def _peak(tmp_path: Path, inner: int, mb: int) -> int:
    """The run's peak of Python memory on a deflated zip of part zips whose second, damaged, holds 4 photos of ``mb``
    MB (one of them with a byte flipped); its issues checked."""
    import tracemalloc

    files = _facebook_files()[0]
    rnd = random.Random(59)  # (photos compress hardly at all: within the ratio limit)
    photos = {f"posts/media/p{k}.jpg": rnd.randbytes(mb * 2**20) for k in range(4)}
    two = _zip({**photos, FB: files[FB]}, inner)
    flipped = bytearray(two)
    info = zipfile.ZipFile(io.BytesIO(two)).getinfo("posts/media/p2.jpg")
    flipped[info.header_offset + 30 + len(info.filename) + len(info.extra) + 100] ^= 0x01
    first = _zip({k: v for k, v in files.items() if k != FB}, zipfile.ZIP_DEFLATED)
    whole = _zip({"facebook-a-part1.zip": first, "facebook-a-part2.zip": bytes(flipped)}, zipfile.ZIP_DEFLATED)
    good_crc, bad_crc = (zlib.crc32(b).to_bytes(4, "little") for b in (two, bytes(flipped)))
    path = tmp_path / f"big{mb}.zip"
    path.write_bytes(whole.replace(bad_crc, good_crc))
    del whole, two, flipped, photos
    tracemalloc.start()
    try:
        stats = api.RunStats()
        events = list(api.timeline([path], stats=stats))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(events) > 400
    assert [(i.code, i.member) for i in stats.issues] == [("damaged-media", "posts/media/p2.jpg")]
    return peak


@pytest.mark.parametrize("inner", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_memory_does_not_grow_with_the_part_zip_s_size(inner: int, tmp_path: Path) -> None:
    # a part zip of 4 × 2 MB and of 4 × 8 MB photos: inflated, checked file by file and read in chunks of at most
    # 1 MiB, never a whole member in memory — the peaks differ by far less than one photo (measured: equal within
    # a few kB; the run's own buffers, about 13 MB, are the same at both sizes)
    small, large = _peak(tmp_path, inner, 2), _peak(tmp_path, inner, 8)
    assert large - small < 2**20, (small, large)


@pytest.mark.parametrize("depth", [2, 3])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_damaged_part_zip_in_a_folder_is_read_file_by_file(depth: int, jobs: str, tmp_path: Path) -> None:
    # the same zip in a Downloads folder: its line names the chain from that zip, the folder not named
    path, chain, _member, clean = _damaged(tmp_path, "facebook", zipfile.ZIP_STORED, depth)
    folder = tmp_path / "downloads"
    folder.mkdir()
    path.rename(folder / path.name)
    out = tmp_path / "t.jsonl"
    result = CliRunner().invoke(app, ["timeline", str(folder), "-o", str(out), "--jobs", jobs])
    assert result.exit_code == 0, result.output
    assert clean - len(out.read_text().splitlines()) < 400
    lines = [line.strip() for line in result.stderr.splitlines() if " × " in line]
    assert len(lines) == 1 and lines[0].startswith(" → ".join(chain)), result.stderr
    assert "downloads" not in lines[0].split(" — ")[0]
    strict = CliRunner().invoke(app, ["timeline", str(folder), "-o", str(out), "--strict"])
    assert strict.exit_code == 4  # (ExitCode.PARSE_ISSUES: the damaged file is a parse issue)


def test_a_batch_participant_s_damaged_part_zip_is_read(tmp_path: Path) -> None:
    path, _chain, _member, clean = _damaged(tmp_path, "facebook", zipfile.ZIP_STORED, 3)
    (tmp_path / "in" / "P01").mkdir(parents=True)
    path.rename(tmp_path / "in" / "P01" / path.name)
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "1 done" in result.stderr and "0 failed" in result.stderr
    record = json.loads((tmp_path / "out" / "units" / "P01" / "run.json").read_text())
    assert record["status"] == "ok", record
    assert record["issues"] == {"corrupt-member": 1}, record  # (was the whole part zip: "corrupt-zip")
    assert clean - sum(record["records"].values()) < 400, record
