"""An output never replaces an input: `-o` onto an export, or into one, is refused (exit 2), untouched."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import api, outputs
from dataexam.archive import is_junk
from dataexam.cli import app
from dataexam.errors import UsageProblem
from helpers import FIXTURES, zip_tree

X = FIXTURES / "twitter" / "current" / "archive"


def _digest(path: Path) -> str:
    if path.is_dir():
        return hashlib.sha256(b"".join(_digest(p).encode() + p.name.encode() for p in sorted(path.rglob("*"))
                                       if p.is_file())).hexdigest()
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", [["timeline"], ["report", "-f", "json"]])
def test_output_onto_the_input_zip_is_refused(command: list[str], tmp_path: Path) -> None:
    export = zip_tree(X, tmp_path / "twitter-2024.zip")
    before = _digest(export)
    result = CliRunner().invoke(app, [*command, str(export), "-o", str(export)])
    assert result.exit_code == 2 and "never writes over an export" in result.stderr
    assert _digest(export) == before


def test_output_inside_an_input_folder_or_through_a_link_is_refused(tmp_path: Path) -> None:
    export = shutil.copytree(X, tmp_path / "twitter")
    before = _digest(export)
    inside = CliRunner().invoke(app, ["timeline", str(export), "-o", str(export / "data" / "tweets.js")])
    assert inside.exit_code == 2 and "is inside the input" in inside.stderr
    link = tmp_path / "me.jsonl"
    link.symlink_to(export / "data" / "tweets.js")
    through = CliRunner().invoke(app, ["timeline", str(export), "-o", str(link)])
    assert through.exit_code == 2
    assert _digest(export) == before
    assert not list(export.rglob("*.part")) and not list(export.rglob(".*.part"))


def test_a_single_csv_input_is_not_overwritten(tmp_path: Path) -> None:
    csv = next((FIXTURES / "amazon" / "order-report").rglob("*.csv"))
    copy = shutil.copy(csv, tmp_path / csv.name)
    result = CliRunner().invoke(app, ["timeline", str(copy), "-o", str(copy)])
    assert result.exit_code == 2 and Path(copy).read_bytes() == csv.read_bytes()


# -- the same file or folder under another path (the twenty-fourth pass's first tester, O2) ---------------------
# A bind mount (or a case-insensitive disk) reaches an input folder under a path whose real path differs. Here a
# symbolic link stands in for the mount: with realpath unable to resolve it (as it cannot resolve a mount), only
# the files' identity (st_dev, st_ino) can tell.

def _as_a_mount(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(outputs.os.path, "realpath", os.path.abspath)


def test_output_in_an_input_folder_reached_another_way_is_refused(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    export = shutil.copytree(X, tmp_path / "arch")
    (tmp_path / "bind").symlink_to(export)
    _as_a_mount(monkeypatch)
    for name in ("data/like.js", "data/new.jsonl"):  # an export file, and a new file inside the export
        target = outputs.classify(str(tmp_path / "bind" / name))
        with pytest.raises(UsageProblem, match=r"is inside the input .*under another path"):
            outputs.check_not_an_input(target, [export])
    elsewhere = outputs.classify(str(tmp_path / "out.jsonl"))
    outputs.check_not_an_input(elsewhere, [export])  # beside the export: fine


def test_the_input_zip_reached_another_way_is_refused_a_hard_link_elsewhere_is_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export = zip_tree(X, tmp_path / "dl" / "twitter-2024.zip")
    (tmp_path / "bind").symlink_to(tmp_path / "dl")
    # the same folder entry under another letter case (a case-insensitive disk): here a second link in the folder
    os.link(export, tmp_path / "dl" / "TWITTER-2024.ZIP")
    (tmp_path / "other").mkdir()
    os.link(export, tmp_path / "other" / "twitter-2024.zip")
    _as_a_mount(monkeypatch)
    for path in (tmp_path / "bind" / "twitter-2024.zip", tmp_path / "dl" / "TWITTER-2024.ZIP"):
        with pytest.raises(UsageProblem, match="is the input"):
            outputs.check_not_an_input(outputs.classify(str(path)), [export])
    # a hard link in another folder: the rename replaces only that name, the export stays as it is
    outputs.check_not_an_input(outputs.classify(str(tmp_path / "other" / "twitter-2024.zip")), [export])


def test_a_file_an_input_folder_links_to_is_refused(tmp_path: Path) -> None:
    export = shutil.copytree(X, tmp_path / "arch")
    outside = tmp_path / "notes.txt"
    outside.write_text("mine\n")
    (export / "data" / "notes.txt").symlink_to(outside)  # the folder reader follows a link to a file
    result = CliRunner().invoke(app, ["timeline", str(export), "-o", str(outside)])
    assert result.exit_code == 2 and "reached through a link" in result.stderr
    assert outside.read_text() == "mine\n"


def test_the_refusal_comes_before_the_output_names_format(tmp_path: Path) -> None:
    """``-o the-input.zip`` says it is the input, not that dataexam writes no zip."""
    export = zip_tree(X, tmp_path / "twitter-2024.zip")
    result = CliRunner().invoke(app, ["timeline", str(export), "-o", str(export)])
    assert result.exit_code == 2 and "never writes over an export" in result.stderr


def test_dataexams_own_partial_file_is_never_read_as_part_of_an_export(tmp_path: Path) -> None:
    export = shutil.copytree(X, tmp_path / "arch")
    (export / "data" / ".like.js.fw99zsr4.part").write_text('{"time": null}\n')
    assert is_junk("data/.like.js.fw99zsr4.part") and is_junk(".out.jsonl.a_b1c2d3.part")
    assert not is_junk("data/like.js") and not is_junk("data/x.part")
    stats = api.RunStats()
    list(api.timeline([export], stats=stats))
    assert not [i for i in stats.issues if "part" in i.member]


@pytest.mark.parametrize("command", ["timeline", "report"])
@pytest.mark.parametrize("where", ["sibling-file", "beside-the-input", "export-root"])
def test_output_into_the_export_of_a_single_file_input_is_refused(tmp_path: Path, command: str, where: str) -> None:
    """T28B M3: with one file of an Amazon export as input, -o onto another file of that export replaced it."""
    export = tmp_path / "amazon-legacy"
    shutil.copytree(FIXTURES / "amazon" / "legacy" / "archive", export)
    orders = next(export.rglob("Retail.OrderHistory.1.csv"))
    other = next(p for p in sorted(export.rglob("*.csv")) if p.parent != orders.parent)
    out = {"sibling-file": other, "beside-the-input": orders.parent / "out.csv",
           "export-root": export / "out.csv"}[where]
    if command == "report":  # a report's own name (a .csv is refused as a timeline's first)
        out = out.with_suffix(".md")
    before = {p: _digest(p) for p in export.rglob("*") if p.is_file()}
    result = CliRunner().invoke(app, [command, str(orders), "-o", str(out)])
    assert result.exit_code == 2, result.stderr
    assert f"is inside the export {export} that the input {orders} belongs to" in " ".join(result.stderr.split())
    assert {p: _digest(p) for p in export.rglob("*") if p.is_file()} == before


def test_output_beside_the_export_of_a_single_file_input_is_written(tmp_path: Path) -> None:
    export = tmp_path / "amazon-legacy"
    shutil.copytree(FIXTURES / "amazon" / "legacy" / "archive", export)
    orders = next(export.rglob("Retail.OrderHistory.1.csv"))
    out = tmp_path / "out.csv"  # a folder holding only the export and the output: not the export's own
    result = CliRunner().invoke(app, ["timeline", str(orders), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert out.read_text().count("\n") > 1
    from dataexam.registry import load_registry

    assert outputs.export_root_of(orders, load_registry()) == export
    assert outputs.export_root_of(export / "no-such.csv", load_registry()) is None


def test_output_beside_a_one_file_export_in_downloads_is_written(tmp_path: Path) -> None:
    """T30A L7: an old Amazon "Order History Reports" CSV loose in Downloads (a one-file export, formats.md §3.6)
    made Downloads "the export", so `-o Downloads/timeline.jsonl` was refused; the file is the export."""
    downloads = tmp_path / "home" / "Downloads"
    downloads.mkdir(parents=True)
    (tmp_path / "home" / "Documents").mkdir()
    (tmp_path / "home" / "Documents" / "notes.txt").write_text("mine\n")
    report = downloads / "01-Jan-2022_to_31-Dec-2022.csv"
    report.write_text("Order Date,Order ID,Title,Category,ASIN/ISBN,Website,Purchase Price Per Unit,Quantity,"
                      "Currency,Item Total\n7/8/2022,113-0000000-0000001,Batteries,BATTERY,B07JLN1WXT,Amazon.com,"
                      "$6.29 ,1,USD,$6.29 \n")
    (downloads / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    out = downloads / "timeline.jsonl"
    result = CliRunner().invoke(app, ["timeline", str(report), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert json.loads(out.read_text().splitlines()[0])["text"] == "Batteries"
    from dataexam.registry import load_registry

    assert outputs.export_root_of(report, load_registry()) is None
    # the file itself is still never written over
    again = CliRunner().invoke(app, ["timeline", str(report), "-o", str(report)])
    assert again.exit_code == 2 and "Batteries" in report.read_text()
