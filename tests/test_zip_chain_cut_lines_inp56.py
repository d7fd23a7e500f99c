"""Every cut or damaged line of a file in a zip inside a zip names the whole chain (INP56, T53C 3 and 4).

T53C 3: "data/following.js is cut off before any of its data could be read" and "the zip ends inside the header of
the file after data/account.js" named neither the outer zip nor the part zip; "zip member … in part.zip is damaged"
named only the innermost zip. T53C 4: a zip cut inside a zip cut inside a zip said "…; of its files, the zip ends
inside its first file, x.zip, a zip itself; of its files, …" — which zip's files? Each deeper zip is named now.
Invented exports from the zip-cut tests' builders.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from test_issue_counts_inp51 import _last
from test_zip_cut import _facebook_files, _zip
from test_zip_cut_one_fault import _x_two

from dataexam import api

HEAD = "the zip file is incomplete or its directory is damaged (was the download interrupted?); "
X1, X2 = "twitter-2024-05-01-abc121.zip", "twitter-2024-05-01-abc122.zip"


def _issues(path: Path) -> list[tuple[str, str]]:
    stats = api.RunStats()
    assert sum(1 for _ in api.timeline(str(path), stats=stats)) > 0
    return [(i.code, i.message) for i in stats.issues if i.code in ("truncated-zip", "corrupt-member")]


def test_a_file_cut_before_its_data_in_a_part_zip_names_the_chain(tmp_path: Path) -> None:
    part = _zip(_x_two(), zipfile.ZIP_DEFLATED)
    path = tmp_path / "x.zip"
    path.write_bytes(_zip({X1: part, X2: part}, zipfile.ZIP_STORED)[:24477])  # at data/following.js's data
    assert _issues(path) == [("truncated-zip", (
        f"{HEAD}1 complete file(s) were read, and {X2}, a zip itself, as far as it goes: the zip ends inside it; of "
        f"its files, 18 complete file(s) were read; x.zip → {X2} → data/following.js is cut off before any of its "
        "data could be read"))]


def _deep(tmp_path: Path, fraction: float) -> Path:
    part = _zip(_x_two(), zipfile.ZIP_DEFLATED)
    whole = _zip({"bundle.zip": _zip({X1: part, X2: part}, zipfile.ZIP_DEFLATED)}, zipfile.ZIP_STORED)
    path = tmp_path / "deep.zip"
    path.write_bytes(whole[: int(len(whole) * fraction)])
    return path


def test_three_levels_cut_in_a_header_name_each_zip_and_the_chain(tmp_path: Path) -> None:
    assert _issues(_deep(tmp_path, 0.05)) == [("truncated-zip", (
        f"{HEAD}the zip ends inside its first file, bundle.zip, a zip itself; bundle.zip ends inside its first file, "
        f"{X1}, a zip itself; of {X1}'s files, 6 complete file(s) were read; the zip ends inside the header of the "
        f"file after deep.zip → bundle.zip → {X1} → data/account.js; nothing of that file was read"))]


def test_three_levels_cut_in_a_file_name_each_zip_once(tmp_path: Path) -> None:
    [(_code, said)] = [i for i in _issues(_deep(tmp_path, 0.55)) if i[0] == "truncated-zip"]
    assert said == (
        f"{HEAD}the zip ends inside its first file, bundle.zip, a zip itself; of its files, 1 complete file(s) were "
        f"read, and {X2}, a zip itself, as far as it goes: the zip ends inside it; of {X2}'s files, 6 complete "
        "file(s) were read, and data/ad-engagements.js as far as it goes: the zip ends inside it; deep.zip → "
        f"bundle.zip → {X2} → data/ad-engagements.js is cut off before its first record: none of its records could "
        f"be read; the rest of it and every file after it in {X2} are lost")
    assert said.count("of its files") == 1


def test_a_damaged_member_of_a_part_zip_names_the_chain(tmp_path: Path) -> None:
    files = dict(_last(_facebook_files()[0], "posts/your_posts_1.json"))
    part = bytearray(_zip(files, zipfile.ZIP_STORED))
    at = part.index(b"post number 100")  # a byte inside posts/your_posts_1.json's data: its CRC-32 fails
    part[at] ^= 0x01
    path = tmp_path / "outer.zip"
    path.write_bytes(_zip({"facebook-a-part1.zip": bytes(part)}, zipfile.ZIP_DEFLATED))
    [(code, said)] = _issues(path)
    assert code == "corrupt-member"
    assert said.startswith("zip member posts/your_posts_1.json in outer.zip → facebook-a-part1.zip is damaged "
                           "(bad CRC-32): a broken download or disk")
