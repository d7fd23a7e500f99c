"""Zips inside zips (INP58, T54B 8, T55B 11): a member's issue line in the summary names the whole zip chain at every
depth, the tmpfs notice says what the inflated zips are, and sizes go past MB.

T54B 8: a cut / damaged member of a part zip at depth ≥ 3 was "posts/your_posts_1.json in facebook-a-part2.zip" in
the run's summary, naming neither the input nor the bundle it lay in. Invented exports (the zip-cut tests' builders).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from test_issue_counts_inp51 import _last
from test_zip_cut import _amazon_files, _facebook_files, _zip
from typer.testing import CliRunner

from dataexam.cli import app

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
