"""A folder of downloads where some zips give nothing: each such zip is an item of its own, named, with what was
wrong (the twenty-sixth pass's final tester, T26C M2).

``scan downloads/`` filed a password-protected zip's ``encrypted-zip`` issue under whichever export came first
(``amazon-2025.zip``); beside a single X zip the folder was taken for that export, and the locked zip and an
empty zip were listed nowhere. Right: every zip in the folder gets its own entry — an export, or a skipped item
saying locked, damaged, empty or not an export — and every export's own issues stay its own; ``timeline`` and
``report`` name each fault by its own file; what can be read is read.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import api, cli
from dataexam.errors import ExitCode
from helpers import cut_zip, tree_files, write_locked_zip

runner = CliRunner()
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
X_TREE = FIXTURES / "twitter" / "current" / "archive"
AMAZON_TREE = FIXTURES / "amazon" / "2025" / "archive"


def _zip(dest: Path, tree: Path, **kwargs: object) -> Path:
    return write_locked_zip(dest, tree_files(tree), **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def downloads(tmp_path: Path) -> Path:
    """twitter.zip and amazon.zip (readable), facebook-locked.zip (every file encrypted), broken.zip (cut inside
    its first file: nothing to salvage), empty.zip, photos.zip (no export) — as T26C's ``scan/make.py``."""
    folder = tmp_path / "downloads"
    _zip(folder / "twitter.zip", X_TREE, encrypt=set())
    _zip(folder / "amazon.zip", AMAZON_TREE, encrypt=set())
    _zip(folder / "facebook-locked.zip", X_TREE)  # encrypted as a whole (zip -P)
    whole = _zip(tmp_path / "src.zip", AMAZON_TREE, encrypt=set()).read_bytes()
    (folder / "broken.zip").write_bytes(whole[:60])
    zipfile.ZipFile(folder / "empty.zip", "w").close()
    with zipfile.ZipFile(folder / "photos.zip", "w") as z:
        z.writestr("IMG_0001.jpg", b"\xff\xd8\xff\xe0 not really a jpeg")
    return folder


def _skipped(rows: list[dict[str, object]]) -> dict[str, tuple[str, dict[str, int]]]:
    return {Path(str(r["inputs"][0])).name: (str(r["reason"]), r["issue_summary"])  # type: ignore[index]
            for r in rows if not r["export"]}


def test_scan_json_gives_every_zip_its_own_entry(downloads: Path) -> None:
    result = runner.invoke(cli.app, ["scan", "--json", str(downloads)])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    exports = {Path(r["inputs"][0]).name: r for r in rows if r["export"]}
    assert set(exports) == {"twitter.zip", "amazon.zip"}
    # no export carries another file's issue (the locked zip's was amazon.zip's)
    assert all(r["issues"] == 0 and r["issue_files"] == [] for r in exports.values())
    skipped = _skipped(rows)
    assert set(skipped) == {"facebook-locked.zip", "broken.zip", "empty.zip", "photos.zip"}
    assert skipped["facebook-locked.zip"][0].startswith("the zip is password-protected (encrypted)")
    assert skipped["facebook-locked.zip"][1] == {"encrypted-zip": 1}
    assert "damaged" in skipped["broken.zip"][0] and skipped["broken.zip"][1] == {"corrupt-zip": 1}
    assert skipped["empty.zip"] == ("not an export (an empty zip: it contains no files)", {})
    assert skipped["photos.zip"][0].startswith("not an export (a zip of 1 file") and skipped["photos.zip"][1] == {}
    locked = next(r for r in rows if r["inputs"] == [f"{downloads}/facebook-locked.zip"])
    assert locked["issue_files"][0]["file"] == f"{downloads}/facebook-locked.zip"


def test_scan_table_lists_the_locked_and_the_empty_zip(downloads: Path) -> None:
    result = runner.invoke(cli.app, ["scan", str(downloads)], env={"COLUMNS": "400"})  # long paths unfolded
    assert result.exit_code == 0, result.stderr
    text = " ".join(result.stdout.split())
    head, _, tail = text.partition("skipped (not an export, or cannot be read)")
    assert tail, text
    for name in ("facebook-locked.zip", "broken.zip", "empty.zip", "photos.zip"):
        assert name not in head and f"{downloads}/{name}" in tail
    assert "password-protected" not in head and "encrypted-zip" not in head


def test_beside_one_export_the_locked_zip_is_still_its_own_item(tmp_path: Path) -> None:
    # T26C's d2/: the folder was taken for the X export, named "d2", and the locked zip was its issue
    folder = tmp_path / "d2"
    _zip(folder / "twitter.zip", X_TREE, encrypt=set())
    _zip(folder / "facebook-locked.zip", X_TREE)
    rows = json.loads(runner.invoke(cli.app, ["scan", "--json", str(folder)]).stdout)
    assert [(r["inputs"], r["export"], r["issues"]) for r in rows] == [
        ([f"{folder}/twitter.zip"], True, 0), ([f"{folder}/facebook-locked.zip"], False, 1)]
    zipfile.ZipFile(folder / "facebook-locked.zip", "w").close()  # now an empty zip
    rows = json.loads(runner.invoke(cli.app, ["scan", "--json", str(folder)]).stdout)
    assert [(Path(r["inputs"][0]).name, r["export"], r["issues"]) for r in rows] == [
        ("twitter.zip", True, 0), ("facebook-locked.zip", False, 0)]


def test_timeline_names_each_fault_by_its_own_file_and_reads_the_rest(downloads: Path, tmp_path: Path) -> None:
    stats = api.RunStats()
    events = list(api.timeline(downloads, stats=stats))
    alone = sum(1 for _ in api.timeline(X_TREE)) + sum(1 for _ in api.timeline(AMAZON_TREE))
    assert len(events) == alone
    assert dict(stats.issue_summary) == {(f"{downloads}/facebook-locked.zip", "encrypted-zip"): 1,
                                         (f"{downloads}/broken.zip", "corrupt-zip"): 1}
    assert sorted(n.path for n in stats.not_exports if n.issue is None) == ["empty.zip", "photos.zip"]
    out = tmp_path / "t.jsonl"
    result = runner.invoke(cli.app, ["timeline", str(downloads), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    err = " ".join(result.stderr.split())
    # named inside the folder given, as the exports found in it are (T27A L3)
    assert " facebook-locked.zip: 1 × encrypted-zip — the zip is password-protected" in err
    assert " broken.zip: 1 × corrupt-zip" in err
    assert "'empty.zip', 'photos.zip'" in err  # the items that are no export: skipped, not issues
    strict = runner.invoke(cli.app, ["timeline", str(downloads), "-o", str(out), "--strict"])
    assert strict.exit_code == ExitCode.PARSE_ISSUES  # a zip that could not be read: exit 4 under --strict
    report = tmp_path / "r.json"
    assert runner.invoke(cli.app, ["report", str(downloads), "-o", str(report)]).exit_code == 0
    facts = json.loads(report.read_text())["inputs"]["parse_issues"]
    assert facts["by_file"] == {f"{downloads}/facebook-locked.zip": 1, f"{downloads}/broken.zip": 1}


def test_several_jobs_count_the_locked_zip_once(downloads: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    r1 = runner.invoke(cli.app, ["timeline", str(downloads), "-o", str(one), "--jobs", "1"])
    r2 = runner.invoke(cli.app, ["timeline", str(downloads), "-o", str(two), "--jobs", "2"])
    assert one.read_bytes() == two.read_bytes()
    assert "2 parse issue(s)" in r1.stderr and "2 parse issue(s)" in r2.stderr


def test_a_zip_cut_inside_its_first_file_keeps_that_file_as_far_as_it_goes(tmp_path: Path) -> None:
    # it gave a folder entry only: "1 complete file(s) were read", listed as an empty zip; then (twenty-eighth
    # pass) "damaged", nothing kept; now the first file is read up to the cut and named, as any cut member is
    folder = tmp_path / "d4"
    _zip(folder / "twitter.zip", X_TREE, encrypt=set())
    src = _zip(tmp_path / "a.zip", AMAZON_TREE, encrypt=set())
    first = zipfile.ZipFile(src).namelist()[0]
    (folder / "amazon.zip").write_bytes(cut_zip(src, first).read_bytes())
    stats = api.RunStats()
    list(api.timeline(folder, stats=stats))
    # one issue of the cut, naming the file it ends inside (INP51: the zip's line and the file's corrupt-member)
    assert dict(stats.issue_summary) == {(first, "truncated-zip"): 1}
    truncated = next(i for i in stats.issues if i.code == "truncated-zip")
    assert (f"0 complete file(s) were read, and {first} as far as it goes: the zip ends inside it; {first} is cut off "
            in truncated.message)


def test_a_broken_link_beside_an_export_is_its_own_item(tmp_path: Path) -> None:
    """T27C M2: a broken symbolic link in a folder beside an X folder was filed as the X export's issue, under a
    bare name; it is an item of its own, as a locked zip is, and the export has no issue."""
    import shutil

    folder = tmp_path / "odd"
    shutil.copytree(X_TREE, folder / "twitter-2024")
    (folder / "broken-link").symlink_to(tmp_path / "nowhere")
    rows = json.loads(runner.invoke(cli.app, ["scan", "--json", str(folder)]).stdout)
    assert [(Path(r["inputs"][0]).name, r["export"], r["issues"]) for r in rows] == [
        ("twitter-2024", True, 0), ("broken-link", False, 1)]
    assert "broken link" in str(rows[1]["reason"])
    result = runner.invoke(cli.app, ["timeline", str(folder), "-o", str(tmp_path / "t.jsonl")])
    assert result.exit_code == 0 and "broken-link: 1 × unreadable" in result.stderr


def test_a_zip_holding_only_a_zip_does_not_say_it_holds_no_files(tmp_path: Path) -> None:
    """T27C L1: a zip whose only file is another (empty or locked) zip was "an empty zip: it contains no files"."""
    import shutil

    folder = tmp_path / "o"
    shutil.copytree(X_TREE, folder / "twitter-2024")
    empty = tmp_path / "e.zip"
    zipfile.ZipFile(empty, "w").close()
    with zipfile.ZipFile(folder / "wrap-empty.zip", "w") as z:
        z.write(empty, "e.zip")
    rows = json.loads(runner.invoke(cli.app, ["scan", "--json", str(folder)]).stdout)
    reasons = {Path(r["inputs"][0]).name: r["reason"] for r in rows if not r["export"]}
    assert reasons == {"wrap-empty.zip": "not an export (it holds only 1 zip(s), listed on their own)",
                       "e.zip": "not an export (an empty zip: it contains no files)"}
