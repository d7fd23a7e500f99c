"""Zips inside zips (INP58, T54B 8, T55B 11): a member's issue line in the summary names the whole zip chain at every
depth, the tmpfs notice says what the inflated zips are, and sizes go past MB.

T54B 8: a cut / damaged member of a part zip at depth ≥ 3 was "posts/your_posts_1.json in facebook-a-part2.zip" in
the run's summary, naming neither the input nor the bundle it lay in. Invented exports (the zip-cut tests' builders).
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

import pytest
from test_issue_counts_inp51 import _last
from test_zip_cut import _amazon_files, _facebook_files, _x_files, _zip
from typer.testing import CliRunner

from dataexam import api, archive
from dataexam.cli import app
from dataexam.tempdirs import size_words

FB = "posts/your_posts_1.json"
AM = "Retail.OrderHistory.1/Retail.OrderHistory.1.csv"
MEDIA = "posts/media/p1.jpg"


def _files(kind: str) -> tuple[dict[str, bytes], str, str]:
    if kind == "csv":
        return _last(_amazon_files()[0], AM), AM, "Retail.OrderHistory"
    files = _facebook_files()[0]
    if kind == "media":
        return {**files, MEDIA: b"\xff\xd8\xff" + b"MEDIA-BYTES-" * 2000}, MEDIA, "facebook-a-part"
    return _last(files, FB), FB, "facebook-a-part"


def _deep(tmp_path: Path, kind: str, fault: str, depth: int) -> tuple[Path, str, str]:
    """A zip of two part zips (the 2nd cut or damaged in ``member``) inside ``depth - 2`` bundles; its chain."""
    files, member, stem = _files(kind)
    good = _zip(files, zipfile.ZIP_STORED)
    data = files[member]
    marker = data[len(data) // 2: len(data) // 2 + 16]
    bad = good
    if fault == "damaged":
        flipped = bytearray(good)
        flipped[flipped.rindex(marker)] ^= 1
        bad = bytes(flipped)
    method = zipfile.ZIP_STORED if fault == "cut" else zipfile.ZIP_DEFLATED
    whole = _zip({f"{stem}1.zip": good, f"{stem}2.zip": bad}, method)
    chain = [f"{stem}2.zip"]
    for level in range(3, depth + 1):
        whole = _zip({f"bundle{level}.zip": whole}, zipfile.ZIP_STORED)
        chain.insert(0, f"bundle{level}.zip")
    if fault == "cut":
        whole = whole[: whole.rindex(marker)]
    path = tmp_path / f"deep_{fault}.zip"
    path.write_bytes(whole)
    return path, " → ".join([path.name, *chain, member]), member


@pytest.mark.parametrize("command", ["timeline", "report"])
@pytest.mark.parametrize(("kind", "fault", "depth"), [
    ("json", "cut", 2), ("json", "cut", 3), ("json", "cut", 4), ("media", "cut", 3), ("media", "cut", 4),
    ("csv", "cut", 3), ("csv", "cut", 4), ("json", "damaged", 3), ("json", "damaged", 4), ("csv", "damaged", 3)])
def test_a_member_issue_line_names_the_whole_chain(kind: str, fault: str, depth: int, command: str,
                                                     tmp_path: Path) -> None:
    path, chain, member = _deep(tmp_path, kind, fault, depth)
    result = CliRunner().invoke(app, ["--max-nesting", "4", command, str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.stderr.splitlines() if " × " in line]
    code = "truncated-zip" if fault == "cut" else "corrupt-member"
    assert len(lines) == 1 and lines[0].startswith(chain), result.stderr
    assert f"1 × {code} — " in lines[0]
    assert f"{member} in " not in lines[0].split(" — ")[0]  # (the innermost zip alone: "… in facebook-a-part2.zip")


@pytest.mark.parametrize(("n", "said"), [(1, "1 byte"), (999, "999 bytes"), (1000, "1 kB"), (999_499, "999 kB"),
                                         (999_500, "1.0 MB"), (999_949_999, "999.9 MB"), (999_950_000, "1.0 GB"),
                                         (2_147_483_648, "2.1 GB"), (999_949_999_999, "999.9 GB"),
                                         (2**40, "1.1 TB"), (5_000_000_000_000, "5.0 TB")])
def test_sizes_go_past_mb_in_cldr_units(n: int, said: str) -> None:
    # T55B 11: a 2 GiB spill was "2,147.5 MB"; babel's CLDR units (English: kB, MB, GB, TB — T56A 7: 2**40 was
    # "1,099.5 GB"), never "1,000.0 MB"
    assert size_words(n) == said


def _memory(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder.mkdir(exist_ok=True)
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)  # (Python caches its choice)
    monkeypatch.setattr(api, "memory_file_system",
                        lambda p: "tmpfs" if Path(p).resolve() == folder.resolve() else None)


def _inflated(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    sizes: list[int] = []
    real = archive.Spill.__init__

    def counted(self, file, folder, size, key=None, failed=False):  # type: ignore[no-untyped-def]
        sizes.append(size)
        real(self, file, folder, size, key, failed)

    monkeypatch.setattr(archive.Spill, "__init__", counted)
    return sizes


def _parts_zip(tmp_path: Path) -> tuple[Path, int]:
    files = _facebook_files()[0]
    keys = sorted(files)
    one = _zip({k: files[k] for k in keys[: len(keys) // 2]}, zipfile.ZIP_DEFLATED)
    two = _zip({k: files[k] for k in keys[len(keys) // 2:]}, zipfile.ZIP_DEFLATED)
    path = tmp_path / "parts.zip"
    path.write_bytes(_zip({"facebook-a-part1.zip": one, "facebook-a-part2.zip": two}, zipfile.ZIP_DEFLATED))
    return path, len(one) + len(two)


def _bundle(tmp_path: Path) -> Path:
    path = tmp_path / "bundle.zip"
    path.write_bytes(_zip({"twitter-2024-05-01-abc121.zip": _zip(_x_files()[0], zipfile.ZIP_DEFLATED),
                           "amazon.zip": _zip(_amazon_files()[0], zipfile.ZIP_DEFLATED)}, zipfile.ZIP_DEFLATED))
    return path


@pytest.mark.parametrize("command", ["scan", "describe", "timeline"])
def test_each_part_zip_is_inflated_once_and_said_as_part_zips(command: str, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # describe inflated each part zip twice (INP58: 19,646 → 9,823 bytes written for this zip of 2 part zips)
    path, size = _parts_zip(tmp_path)
    _memory(tmp_path / "shm", monkeypatch)
    inflated = _inflated(monkeypatch)
    args = [command, str(path)] + (["-o", str(tmp_path / "t.jsonl")] if command == "timeline" else [])
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert sorted(inflated) == sorted(len(z) for z in _parts_sizes(path)) and sum(inflated) == size
    said = [line for line in result.stderr.splitlines() if "inflated into the temporary folder" in line]
    assert len(said) == 1 and "2 zips inside zips (a zip of part zips) were inflated" in said[0]
    assert list((tmp_path / "shm").iterdir()) == []  # nothing left behind


def _parts_sizes(path: Path) -> list[bytes]:
    with zipfile.ZipFile(path) as zf:
        return [zf.read(n) for n in zf.namelist()]


@pytest.mark.parametrize("command", ["scan", "describe", "timeline"])
def test_a_bundle_of_whole_exports_is_not_called_part_zips(command: str, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # T55B 11: "2 zips inside zips (a zip of part zips)" for an X and an Amazon export zipped together
    path = _bundle(tmp_path)
    _memory(tmp_path / "shm", monkeypatch)
    args = [command, str(path)] + (["-o", str(tmp_path / "t.jsonl")] if command == "timeline" else [])
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if "inflated into the temporary folder" in line]
    assert len(said) == 1, result.stderr
    assert "2 zips inside zips (whole exports zipped inside a zip) were inflated" in said[0]
    assert "part zips" not in said[0]


def test_batch_says_the_tmpfs_notice_once_per_participant(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the batch dropped every unit's warnings: no word that part zips took memory (INP58)
    source, _size = _parts_zip(tmp_path)
    for pid in ("P01", "P02"):
        (tmp_path / "in" / pid).mkdir(parents=True)
        (tmp_path / "in" / pid / "parts.zip").write_bytes(source.read_bytes())
    _memory(tmp_path / "shm", monkeypatch)
    inflated = _inflated(monkeypatch)
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if "inflated into the temporary folder" in line]
    assert len(said) == 1, result.stderr
    assert said[0].startswith("dataexam: warning: 2 zips inside zips (a zip of part zips) were inflated")
    assert said[0].endswith("(participants P01 and P02)")
    assert len(inflated) == 4  # each participant's 2 part zips, once
    assert list((tmp_path / "shm").iterdir()) == []
    manifest = (tmp_path / "out" / "manifest.json").read_text()
    assert "inflated" not in manifest and "_warnings" not in manifest  # said, never written
