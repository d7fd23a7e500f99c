"""A cut zip of deflated part zips whose part zips cannot be unpacked: the temporary folder full (INP55 1).

Two or more part zips in a cut outer zip, the temporary file's writes failing as on a full disk, were "not a
recognised export (nothing in it could be read: … 1 complete file(s) were read …)", exit 3; one part zip was "the zip
file is damaged or incomplete …", the room said inside. Now every count of parts, every service: the no-room error
(TempSpaceFull, exit 1), naming the part zips and the folder, in errors.no_room_reason's words. A whole outer zip is
read as before (streamed, no temporary file). Invented exports from the zip-cut tests' builders.
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

import pytest
from test_issue_counts_inp51 import _last
from test_zip_cut import _amazon_files, _facebook_files, _zip
from test_zip_cut_one_fault import _x_two
from test_zip_nested_no_room_t52 import full_temp  # noqa: F401  (the fixture)
from typer.testing import CliRunner

from dataexam import api, cli
from dataexam.errors import ExitCode, TempSpaceFull
from dataexam.tempdirs import default_parent

_INNER = {
    "fb": (lambda: _zip(_last(_facebook_files()[0], "posts/your_posts_1.json"), zipfile.ZIP_DEFLATED),
           "facebook-a-part{}.zip"),
    "amz": (lambda: _zip(_amazon_files()[0], zipfile.ZIP_DEFLATED), "Retail.OrderHistory.{}.zip"),
    "x": (lambda: _zip(_x_two(), zipfile.ZIP_DEFLATED), "twitter-2024-05-01-abc12{}.zip"),
}


def _outer(service: str, parts: int) -> tuple[bytes, list[str]]:
    make, pattern = _INNER[service]
    inner = make()
    names = [pattern.format(i + 1) for i in range(parts)]
    return _zip(dict.fromkeys(names, inner), zipfile.ZIP_DEFLATED), names


def _said(path: Path, names: list[str]) -> str:
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    zips = "a zip" if len(names) == 1 else f"the {len(names)} zips"
    return (f"{path}: nothing in it could be read: no room in the temporary folder "
            f"{default_parent() or tempfile.gettempdir()} to unpack {listed}, {zips} inside it (No space left on "
            "device: the disk is full); free some room there, or point TMPDIR at a folder with room, and run again; "
            "the zip file is also incomplete (was the download interrupted?)")


@pytest.mark.parametrize("service", ["fb", "amz", "x"])
def test_a_cut_zip_of_one_part_zip_not_unpacked_is_the_no_room_error(tmp_path: Path, full_temp: None,  # noqa: F811
                                                                    service: str) -> None:
    whole, names = _outer(service, 1)
    path = tmp_path / f"{service}-1.zip"
    path.write_bytes(whole[: int(len(whole) * 0.8)])
    with pytest.raises(TempSpaceFull) as caught:
        for _ in api.timeline(str(path), stats=api.RunStats()):
            pass
    assert str(caught.value) == _said(path, names)
    assert caught.value.exit_code == ExitCode.ERROR


@pytest.mark.parametrize("service", ["fb", "amz", "x"])
@pytest.mark.parametrize("parts", [2, 3])
def test_the_whole_part_zips_before_the_cut_are_read_without_the_temporary_folder(
        tmp_path: Path, full_temp: None, service: str, parts: int) -> None:  # noqa: F811
    # INP56 (T53C 6): the whole part zips before the cut were "not unpacked" too, nothing read (the no-room error,
    # exit 1), where a whole outer zip's are read from it, streamed: now read so as well, the cut one said not read
    whole, names = _outer(service, parts)
    before_cut = tmp_path / "before_cut.zip"  # a whole zip of the part zips before the cut: their records
    before_cut.write_bytes(_outer(service, parts - 1)[0])
    expected = sum(1 for _ in api.timeline(str(before_cut), stats=api.RunStats()))
    path = tmp_path / f"{service}-{parts}.zip"
    path.write_bytes(whole[: int(len(whole) * 0.8)])
    stats = api.RunStats()
    assert sum(1 for _ in api.timeline(str(path), stats=stats)) == expected
    [cut] = [i.message for i in stats.issues if i.code == "truncated-zip"]
    assert cut.endswith(
        f"{parts - 1} complete file(s) were read, and {names[-1]}, a zip itself, as far as it goes: the zip ends "
        "inside it, and none of its files could be read (no room in the temporary folder to unpack it (No space "
        "left on device: the disk is full); free some room there, or point TMPDIR at a folder with room, and run "
        "again)")


@pytest.mark.parametrize("command", ["timeline", "report", "scan"])
def test_the_commands_say_it_and_exit_1(tmp_path: Path, full_temp: None, command: str) -> None:  # noqa: F811
    whole, names = _outer("fb", 1)  # (INP56: with 2, the whole part zip before the cut is read)
    path = tmp_path / "fb_cut80.zip"
    path.write_bytes(whole[: int(len(whole) * 0.8)])
    args = {"timeline": ["timeline", str(path), "--jobs", "1", "-o", str(tmp_path / "t.jsonl")],
            "report": ["report", str(path), "--no-pager", "-o", str(tmp_path / "r.txt")],
            "scan": ["scan", str(path)]}[command]
    result = CliRunner().invoke(cli.app, args)
    assert result.exit_code == 1
    assert result.stderr == f"dataexam: error: {_said(path, names)}\n"


def test_a_whole_zip_of_deflated_part_zips_is_read_without_the_temporary_folder(tmp_path: Path,
                                                                               full_temp: None) -> None:  # noqa: F811
    whole, _names = _outer("fb", 2)
    path = tmp_path / "fb_whole.zip"
    path.write_bytes(whole)
    stats = api.RunStats()
    assert sum(1 for _ in api.timeline(str(path), stats=stats)) == 432
