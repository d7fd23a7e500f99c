from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from dataexam.archive import ArchiveLimits, normalise_member_name, open_archive, open_input
from dataexam.errors import CorruptArchive, InputNotFound, NotAnArchive
from helpers import zip_tree


def make_tree(root: Path) -> Path:
    (root / "notes").mkdir(parents=True)
    (root / "notes" / "a.json").write_text(json.dumps([{"id": "1", "at": "2020-01-01T10:00:00Z", "text": "hi"}]))
    (root / "notes-export.txt").write_text("marker")
    (root / "__MACOSX").mkdir()
    (root / "__MACOSX" / "._a.json").write_text("junk")
    (root / ".DS_Store").write_text("junk")
    return root


def test_folder_lists_members_and_skips_junk(tmp_path: Path) -> None:
    tree = make_tree(tmp_path / "export")
    with open_archive(tree) as archive:
        assert archive.paths() == ["notes-export.txt", "notes/a.json"]
        with archive.get("notes/a.json").open() as fh:  # type: ignore[union-attr]
            assert json.load(fh)[0]["text"] == "hi"


def test_zip_with_wrapper_folder_keeps_paths_under_wrapper(tmp_path: Path) -> None:
    tree = make_tree(tmp_path / "export")
    zipped = zip_tree(tree, tmp_path / "x.zip", wrapper="takeout-2024")
    with open_archive(zipped) as archive:
        assert archive.paths() == ["takeout-2024/notes-export.txt", "takeout-2024/notes/a.json"]
        assert archive.find(r"(^|/)notes/a\.json$")


def test_nested_zip_is_read_in_place_without_extraction(tmp_path: Path) -> None:
    inner = zip_tree(make_tree(tmp_path / "export"), tmp_path / "inner.zip")
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as zf:
        zf.write(inner, "download/facebook-part.zip")
    with open_archive(outer) as archive:
        assert "download/facebook-part/notes/a.json" in archive.paths()
        assert archive.shown_path("download/facebook-part") == "download/facebook-part.zip"
        member = archive.get("download/facebook-part/notes/a.json")
        assert member is not None
        with member.open() as fh:
            assert json.loads(fh.read())[0]["id"] == "1"


def test_nesting_limit_skips_with_issue(tmp_path: Path) -> None:
    current = zip_tree(make_tree(tmp_path / "export"), tmp_path / "z0.zip")
    for level in range(1, 5):
        nxt = tmp_path / f"z{level}.zip"
        with zipfile.ZipFile(nxt, "w") as zf:
            zf.write(current, f"level{level}.zip")
        current = nxt
    with open_archive(current, ArchiveLimits(max_nesting=3)) as archive:
        assert not any(p.endswith("a.json") for p in archive.paths())
        assert any(i.code == "limit" and "nested" in i.message for i in archive.issues)


def test_part_zips_merge_into_one_virtual_export(tmp_path: Path) -> None:
    tree = make_tree(tmp_path / "export")
    (tree / "notes" / "b.json").write_text("[]")
    p1, p2 = tmp_path / "1of2-notes.zip", tmp_path / "2of2-notes.zip"
    with zipfile.ZipFile(p1, "w") as zf:
        zf.write(tree / "notes" / "a.json", "notes/a.json")
    with zipfile.ZipFile(p2, "w") as zf:
        zf.write(tree / "notes" / "b.json", "notes/b.json")
    with open_archive([p1, p2]) as archive:
        assert archive.paths() == ["notes/a.json", "notes/b.json"]
        assert archive.inputs == (str(p1), str(p2))


def test_single_file_input(tmp_path: Path) -> None:
    f = tmp_path / "Retail.OrderHistory.1.csv"
    f.write_text("a,b\n1,2\n")
    with open_input(f) as archive:
        assert archive.paths() == ["Retail.OrderHistory.1.csv"]


@pytest.mark.parametrize(("content", "words"), [
    (b"%PDF-1.7\n...", "PDF"),
    (b"", "empty"),
    (b"<!DOCTYPE html><html>", "HTML"),
    (b"hello world", "not a zip"),
])
def test_not_a_zip_named_zip(tmp_path: Path, content: bytes, words: str) -> None:
    f = tmp_path / "export.zip"
    f.write_bytes(content)
    with pytest.raises(NotAnArchive, match=words):
        open_input(f)


def test_truncated_zip_is_corrupt(tmp_path: Path) -> None:
    # A truncated zip is salvaged when at least one member is complete (see tests/test_hostile.py);
    # one cut inside the first member's data leaves nothing to salvage: a damaged-zip error.
    z = zip_tree(make_tree(tmp_path / "export"), tmp_path / "x.zip")
    data = z.read_bytes()
    z.write_bytes(data[:40])
    with pytest.raises(CorruptArchive, match=r"x\.zip"):
        open_input(z)


def test_missing_input(tmp_path: Path) -> None:
    with pytest.raises(InputNotFound):
        open_input(tmp_path / "nope.zip")


@pytest.mark.parametrize(("raw", "clean", "changed"), [
    ("a/b.json", "a/b.json", False),
    ("../../etc/passwd", "etc/passwd", True),
    ("/abs/x.json", "abs/x.json", True),
    ("C:\\Users\\x\\y.json", "Users/x/y.json", True),
    ("a/./b/../c.json", "a/b/c.json", True),
])
def test_member_names_are_normalised(raw: str, clean: str, changed: bool) -> None:
    assert normalise_member_name(raw) == (clean, changed)


def test_hostile_member_names_reported(tmp_path: Path) -> None:
    z = tmp_path / "evil.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("../../notes/a.json", "[]")
    with open_input(z) as archive:
        assert archive.paths() == ["notes/a.json"]
        assert [i.code for i in archive.issues] == ["unsafe-name"]


def test_zip_bomb_ratio_limit(tmp_path: Path) -> None:
    z = tmp_path / "bomb.zip"
    with zipfile.ZipFile(z, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("notes/a.json", b"0" * (8 * 1024 * 1024))
    with open_input(z) as archive:
        assert archive.paths() == []
        assert "zip bomb" in archive.issues[0].message
    with open_input(z, ArchiveLimits(max_ratio=100000)) as archive:
        assert archive.paths() == ["notes/a.json"]


def test_member_size_limit(tmp_path: Path) -> None:
    z = tmp_path / "big.zip"
    with zipfile.ZipFile(z, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("notes/a.json", io.BytesIO(b"[" + b" " * 4096 + b"]").getvalue())
    with open_input(z, ArchiveLimits(max_member_bytes=1024)) as archive:
        assert archive.paths() == []
        assert archive.issues[0].code == "limit"


def test_symlink_loop_in_folder_terminates(tmp_path: Path) -> None:
    tree = make_tree(tmp_path / "export")
    (tree / "notes" / "loop").symlink_to(tree, target_is_directory=True)
    with open_archive(tree) as archive:
        assert archive.paths() == ["notes-export.txt", "notes/a.json"]


def test_zip_beside_its_unpacked_copy_keeps_its_own_name(tmp_path: Path) -> None:
    folder = tmp_path / "Downloads"
    make_tree(folder / "notes")
    zip_tree(make_tree(tmp_path / "export"), folder / "notes.zip")
    zip_tree(make_tree(tmp_path / "other"), folder / "other.zip")
    with open_archive(folder) as archive:
        assert "notes/notes/a.json" in archive.paths()  # the unpacked folder
        assert "notes.zip/notes/a.json" in archive.paths()  # its zip: no collision
        assert "other/notes/a.json" in archive.paths()  # a zip alone: read under its name, as parsers expect
        assert archive.shown_path("other/notes") == "other.zip/notes"
        assert archive.shown_path("notes.zip") == "notes.zip"
        assert archive.shown_path("notes/notes") == "notes/notes"


def test_parts_reroot_and_share_the_zip_until_the_last_closes(tmp_path: Path) -> None:
    outer = tmp_path / "bundle.zip"
    with zipfile.ZipFile(outer, "w") as zf:
        zf.write(zip_tree(make_tree(tmp_path / "a"), tmp_path / "a.zip"), "a.zip")
        zf.write(zip_tree(make_tree(tmp_path / "b"), tmp_path / "b.zip"), "b.zip")
    archive = open_input(outer)
    parts = [archive.part(f"{n}/", archive.find(rf"^{n}/"), f"{outer}/{n}.zip") for n in ("a", "b")]
    assert parts[0].paths() == ["notes-export.txt", "notes/a.json"]
    assert parts[0].get("notes/a.json").input == f"{outer}/a.zip"  # type: ignore[union-attr]
    parts[0].close()
    with parts[1].get("notes/a.json").open() as fh:  # type: ignore[union-attr]
        assert json.load(fh)[0]["id"] == "1"  # still open: another part holds the zip
    parts[1].close()
    with pytest.raises(ValueError):
        parts[1].get("notes/a.json").open()  # type: ignore[union-attr]  # the last part closed it


def test_finder_icon_file_is_litter_in_folders_and_zips(tmp_path: Path) -> None:
    """macOS Finder keeps a folder's custom icon in a file named ``Icon`` + carriage return (T31C: an export folder
    copied from a Mac had it, and it was warned about as an unknown file). It is skipped as ``.DS_Store`` is, in a
    folder and in a zip, and a batch's content digests skip it alike."""
    from dataexam.batch.unit import sha256_of

    tree = make_tree(tmp_path / "export")
    (tree / "Icon\r").write_bytes(b"")
    (tree / "notes" / "Icon\r").write_bytes(b"\x00resource")
    with open_archive(tree) as archive:
        assert archive.paths() == ["notes-export.txt", "notes/a.json"]
    zipped = zip_tree(tree, tmp_path / "x.zip")
    with open_archive(zipped) as archive:
        assert archive.paths() == ["notes-export.txt", "notes/a.json"]
    with_icon: list[bytes] = []
    digest_with = sha256_of(tree, with_icon)
    (tree / "notes" / "Icon\r").unlink()
    (tree / "Icon\r").unlink()
    (tree / ".DS_Store").unlink()
    without: list[bytes] = []
    assert sha256_of(tree, without) == digest_with  # the folder's own digest too (T32B L6: a batch redid it)
    assert with_icon == without and len(without) == 2
    # a file merely named like it is read: "Icon" with no carriage return, or "Icons"
    (tree / "Icon").write_text("x")
    with open_archive(tree) as archive:
        assert "Icon" in archive.paths()
