"""Part zips of a zip, each an export of its own, cut: the cut line names the whole chain (INP55 2), and a cut
zip's reason is a sentence of its own (INP55 5). Invented exports from the zip-cut tests' builders.

A zip of two part zips cut inside the second, or whole with its second part zip cut, is read as two exports; the cut
line of the second said "security_and_login_information/recognized_devices.json is cut off …" — no outer zip, no part
zip — where the same cut in the first part zip said "two.zip → facebook-a-part1.zip → …". Now both.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from test_issue_counts_inp51 import _last
from test_zip_cut import _facebook_files, _zip
from test_zip_cut_one_fault import _x_two
from typer.testing import CliRunner

from dataexam import api, cli
from dataexam.archive import open_input

HEAD = "the zip file is incomplete or its directory is damaged (was the download interrupted?); "


def _cut_lines(path: Path) -> list[tuple[str, str, str]]:
    stats = api.RunStats()
    for _ in api.timeline(str(path), stats=stats):
        pass
    return [(i.archive[len(str(path.parent)) + 1:], i.member, i.message) for i in stats.issues
            if i.code == "truncated-zip"]


def test_a_cut_in_the_second_part_zip_names_the_outer_zip(tmp_path: Path) -> None:
    fb = _zip(_last(_facebook_files()[0], "posts/your_posts_1.json"), zipfile.ZIP_DEFLATED)
    whole = _zip({"facebook-a-part1.zip": fb, "facebook-a-part2.zip": fb}, zipfile.ZIP_STORED)
    path = tmp_path / "two.zip"
    path.write_bytes(whole[: int(len(whole) * 0.75)])
    member = "security_and_login_information/recognized_devices.json"
    assert _cut_lines(path) == [("two.zip/facebook-a-part2.zip", member, (
        f"{HEAD}1 complete file(s) were read, and facebook-a-part2.zip, a zip itself, as far as it goes: the zip ends "
        f"inside it; of its files, 20 complete file(s) were read, and {member} as far as it goes: the zip ends inside "
        f"it; two.zip → facebook-a-part2.zip → {member} is cut off before its first record: none of its records could "
        "be read; the rest of it and every file after it in facebook-a-part2.zip are lost"))]


X_SECOND = ("x.zip → twitter-2024-05-01-abc122.zip → data/saved-search.js is cut off after 1 record: the records "
            "before the cut were kept; the rest of it and every file after it in twitter-2024-05-01-abc122.zip are "
            "lost")


def _x_second_cut(tmp_path: Path) -> Path:
    x = _zip(_x_two(), zipfile.ZIP_DEFLATED)
    path = tmp_path / "x.zip"
    path.write_bytes(_zip({"twitter-2024-05-01-abc121.zip": x, "twitter-2024-05-01-abc122.zip": x[: int(len(x) * 0.6)]},
                          zipfile.ZIP_STORED))
    return path


def test_a_whole_zip_whose_second_x_part_zip_is_cut_names_the_chain(tmp_path: Path) -> None:
    [(archive, member, message)] = _cut_lines(_x_second_cut(tmp_path))
    assert (archive, member) == ("x.zip/twitter-2024-05-01-abc122.zip", "data/saved-search.js")
    assert message.startswith(f"{HEAD}32 complete file(s) were read, and data/saved-search.js as far as it goes: the "
                              f"zip ends inside it; {X_SECOND}; data/manifest.js lists ")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_report_names_the_chain_with_any_jobs(tmp_path: Path, jobs: str) -> None:
    path = _x_second_cut(tmp_path)
    out = tmp_path / "r.json"
    result = CliRunner().invoke(cli.app, ["report", str(path), "--format", "json", "-o", str(out), "--jobs", jobs])
    assert result.exit_code in (0, 4), result.stderr
    report = json.loads(out.read_text())
    said = [n["message"] for group in report["inputs"]["parse_issues"].values() if isinstance(group, list)
            for n in group if isinstance(n, dict) and n.get("code") == "truncated-zip"]
    assert len(said) == 1 and X_SECOND in said[0]


def test_a_zip_cut_in_a_header_of_a_zip_inside_says_it_in_a_sentence_of_its_own(tmp_path: Path) -> None:
    inner = _zip({"a.json": b"[1, 2, 3]", "notes/b.json": b"[4, 5, 6]"}, zipfile.ZIP_STORED)
    outer = _zip({"part1.zip": inner}, zipfile.ZIP_STORED)
    into = zipfile.ZipFile(io.BytesIO(inner)).getinfo("notes/b.json").header_offset + 20
    path = tmp_path / "outer.zip"
    path.write_bytes(outer[: outer.index(inner) + into])
    with open_input(path) as archive:
        assert archive.paths() == ["part1/a.json"]
        assert [(i.code, i.member, i.message) for i in archive.issues] == [("truncated-zip", "part1.zip", (
            f"{HEAD}the zip ends inside its first file, part1.zip, a zip itself; of its files, 1 complete file(s) were "
            "read; the zip ends inside the header of the file after outer.zip → part1.zip → a.json; nothing of that "
            "file was read"))]  # (INP56, T53C 3: the chain named; was "after a.json")
