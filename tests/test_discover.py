"""Inputs as people hand them over: a folder or zip that holds several exports (issue 11), and
exports of two different accounts given together (issue 12).

Every shape is built from the project's own fixture trees: unpacked side by side, as zips in a
Downloads folder with stray files, as a zip of zips, as Facebook part-zips and Amazon per-category
zips, and the folder ``dataexam demo --out`` writes. The expected counts are always the sum of
each export read on its own.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import api
from dataexam.archive import ArchiveLimits, open_input
from dataexam.cli import app
from dataexam.discover import discover
from dataexam.errors import ExitCode, NothingRecognised, SeveralAccounts
from dataexam.registry import load_registry
from helpers import FIXTURES, zip_tree

REGISTRY = load_registry(entry_points=False)
X = FIXTURES / "twitter" / "current" / "archive"
X_OLD = FIXTURES / "twitter" / "gdpr-2018" / "archive"
FB = FIXTURES / "facebook" / "2024-25" / "archive"
FB_OLD = FIXTURES / "facebook" / "2019-20" / "archive"
AMAZON = FIXTURES / "amazon" / "2025" / "archive"
AMAZON_LEGACY = FIXTURES / "amazon" / "legacy" / "archive"
TREES = sorted(str(p.relative_to(FIXTURES)) for p in FIXTURES.glob("*/*/archive") if p.parent.name != "html-export")


def kinds(paths: object, **kw: object) -> Counter[str]:
    return Counter(e.kind for e in api.timeline(paths, registry=REGISTRY, **kw))  # type: ignore[arg-type]


def alone(*trees: Path) -> Counter[str]:
    total: Counter[str] = Counter()
    for tree in trees:
        total += kinds(tree)
    return total


def unpacked(dest: Path) -> Path:
    """my-exports/: the three exports unpacked side by side, named as downloads are."""
    shutil.copytree(X, dest / "twitter-2024-05-01")
    shutil.copytree(FB, dest / "facebook-jane-2025")
    shutil.copytree(AMAZON, dest / "Your Orders")
    return dest


def downloads(dest: Path, *, strays: bool = True) -> Path:
    """Downloads/: the three zips as delivered, next to a PDF and a photo."""
    zip_tree(X, dest / "twitter-2024-05-01-a1b2c3.zip")
    zip_tree(FB, dest / "facebook-jane-2025-06-02.zip")
    zip_tree(AMAZON, dest / "Your Orders.zip")
    if strays:
        (dest / "boarding-pass.pdf").write_bytes(b"%PDF-1.7\n%synthetic\n")
        (dest / "IMG_0042.jpg").write_bytes(b"\xff\xd8\xffJFIF-synthetic")
    return dest


def zip_of(folder: Path, dest: Path) -> Path:
    with zipfile.ZipFile(dest, "w") as zf:
        for p in sorted(folder.iterdir()):
            zf.write(p, p.name)
    return dest


def found(path: Path) -> list[tuple[str, str | None, str | None, int]]:
    """(location path, source, variant, parts) per export found in one input."""
    not_exports: list[api.NotAnExport] = []
    exports = api.open_exports(path, registry=REGISTRY, not_exports=not_exports)
    try:
        return sorted((";".join(p for _, p in e.locations), e.detection.parser, e.detection.variant,
                       len(e.archive.inputs)) for e in exports)
    finally:
        api.close_exports(exports)


# -- several exports in one input -----------------------------------------------------------------

@pytest.mark.parametrize("shape", ["unpacked", "downloads", "zip-of-zips", "zip-of-folders"])
def test_each_export_inside_is_read_as_its_own(shape: str, tmp_path: Path) -> None:
    if shape == "unpacked":
        path = unpacked(tmp_path / "my-exports")
    elif shape == "downloads":
        path = downloads(tmp_path / "Downloads")
    elif shape == "zip-of-zips":
        path = zip_of(downloads(tmp_path / "d", strays=False), tmp_path / "all-my-data.zip")
    else:
        path = zip_tree(unpacked(tmp_path / "my-exports"), tmp_path / "my-exports.zip")
    assert kinds(path) == alone(X, FB, AMAZON)
    assert [(src, var) for _, src, var, _ in found(path)] == [
        ("amazon", "2025"), ("facebook", "2024-25"), ("twitter", "current")]


def test_origin_names_the_export_inside_the_input(tmp_path: Path) -> None:
    bundle = zip_of(downloads(tmp_path / "d", strays=False), tmp_path / "all-my-data.zip")
    origins = {e.source: e.origin for e in api.timeline(bundle, registry=REGISTRY)}
    assert origins["twitter"].archive == f"{bundle}/twitter-2024-05-01-a1b2c3.zip"
    assert origins["facebook"].archive == f"{bundle}/facebook-jane-2025-06-02.zip"
    assert origins["amazon"].archive == f"{bundle}/Your Orders.zip"
    # member paths read as in the export given on its own: every event traces back to its record
    alone_members = {e.origin.member for e in api.timeline(X, registry=REGISTRY)}
    assert {e.origin.member for e in api.timeline(bundle, registry=REGISTRY) if e.source == "twitter"} == alone_members


def test_stray_files_are_listed_not_fatal(tmp_path: Path) -> None:
    stats = api.RunStats()
    events = list(api.timeline(downloads(tmp_path / "Downloads"), registry=REGISTRY, stats=stats))
    assert {e.source for e in events} == {"twitter", "facebook", "amazon"}
    assert stats.issue_count == 0  # a stray file is not a parse issue: --strict still passes
    assert sorted((n.path, n.reason) for n in stats.not_exports) == [
        ("IMG_0042.jpg", "not an export (an image)"),
        ("boarding-pass.pdf", "not an export (a PDF document)")]
    assert any("2 item(s) inside are not a recognised export" in w for w in stats.warnings)


def test_scan_lists_one_entry_per_export_and_the_strays(tmp_path: Path) -> None:
    folder = downloads(tmp_path / "Downloads")
    result = CliRunner().invoke(app, ["scan", str(folder), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    exports = [r for r in rows if r["export"]]
    assert sorted(r["source"] for r in exports) == ["amazon", "facebook", "twitter"]
    by_source = {r["source"]: r for r in exports}
    assert by_source["twitter"]["found_in"] == [{"input": str(folder), "path": "twitter-2024-05-01-a1b2c3.zip"}]
    assert by_source["twitter"]["inputs"] == [f"{folder}/twitter-2024-05-01-a1b2c3.zip"]
    assert sum(by_source["facebook"]["records"].values()) == sum(kinds(FB).values())
    strays = [r for r in rows if not r["export"]]
    assert sorted(r["found_in"][0]["path"] for r in strays) == ["IMG_0042.jpg", "boarding-pass.pdf"]
    assert all(r["source"] is None for r in strays)
    text = CliRunner().invoke(app, ["scan", str(folder)])
    assert text.exit_code == 0
    assert "not exports (skipped)" in text.stdout and "a PDF document" in text.stdout
    assert "twitter-2024-05-01-a1b2c3.zip" in text.stdout


def test_report_on_a_downloads_folder_covers_every_service(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["report", str(downloads(tmp_path / "Downloads")), "-f", "json"])
    assert result.exit_code == 0, result.output
    by_source = json.loads(result.stdout)["inputs"]["by_source"]
    assert set(by_source) == {"amazon", "facebook", "twitter"} and all(v > 0 for v in by_source.values())


def test_a_single_export_input_is_unchanged(tmp_path: Path) -> None:
    wrapped = zip_tree(X, tmp_path / "x.zip", wrapper="twitter-2024")
    with open_input(wrapped) as archive:
        exports, strays = discover(archive, REGISTRY)
    assert [f.prefix for f in exports] == [""]
    assert strays == []
    members = {e.origin.member for e in api.timeline(wrapped, registry=REGISTRY)}
    assert all(m.startswith("twitter-2024/") for m in members)  # the wrapper stays in the paths


@pytest.mark.parametrize("tree", TREES)
@pytest.mark.parametrize("form", ["folder", "zip", "wrapped-zip"])
def test_every_fixture_export_is_one_export(tree: str, form: str, tmp_path: Path) -> None:
    """No single export of any source or era is ever split into pieces by discovery."""
    path = FIXTURES / tree
    if form != "folder":
        path = zip_tree(path, tmp_path / "e.zip", wrapper="export-2024" if form == "wrapped-zip" else None)
    with open_input(path) as archive:
        exports, strays = discover(archive, REGISTRY)
    assert [f.prefix for f in exports] == [""]
    assert strays == []


def test_facebook_part_zips_in_a_folder_group_into_one_export(tmp_path: Path) -> None:
    folder = tmp_path / "Downloads"
    folder.mkdir()
    folders = sorted(p for p in FB.iterdir() if p.is_dir())
    half = len(folders) // 2
    for n, chunk in ((1, folders[:half]), (2, folders[half:])):
        with zipfile.ZipFile(folder / f"{n}of2-facebook-jane-10_01_2025-AbCd1234.zip", "w") as zf:
            for sub in chunk:
                for f in sorted(sub.rglob("*")):
                    if f.is_file():
                        zf.write(f, f.relative_to(FB).as_posix())
    zip_tree(X, folder / "twitter-2024.zip")
    assert found(folder) == [
        ("1of2-facebook-jane-10_01_2025-AbCd1234.zip;2of2-facebook-jane-10_01_2025-AbCd1234.zip",
         "facebook", "2024-25", 2),
        ("twitter-2024.zip", "twitter", "current", 1)]
    assert kinds(folder) == alone(FB, X)


def test_amazon_category_zips_in_a_folder_group_into_one_export(tmp_path: Path) -> None:
    folder = tmp_path / "Downloads"
    folder.mkdir()
    for dataset in sorted(p for p in AMAZON_LEGACY.iterdir() if p.is_dir()):
        zip_tree(dataset, folder / f"{dataset.name}.zip", wrapper=dataset.name)
    zip_tree(FB, folder / "facebook-jane.zip")
    exports = found(folder)
    assert [(src, var) for _, src, var, _ in exports] == [("amazon", "legacy"), ("facebook", "2024-25")]
    assert exports[0][3] == len([p for p in AMAZON_LEGACY.iterdir() if p.is_dir()]) > 1
    assert kinds(folder) == alone(AMAZON_LEGACY, FB)


@pytest.mark.parametrize("unknown", ["Retail.OrderHistory.1/Retail.OrderHistory.1.xlsx",
                                     "Retail.OrderHistory.1/Retail.OrderHistory.1.parquet"])
def test_an_amazon_dataset_folder_is_a_folder_of_the_export_whatever_its_file(unknown: str,
                                                                             tmp_path: Path) -> None:
    """Amazon names the dataset's file like its folder (``Retail.OrderHistory.1/Retail.OrderHistory.1.csv``).
    A folder whose only file the parser does not know (a format Amazon switched to: JSON from 2023-11,
    before dataexam read it) was "not an export" beside the dataset folders read: the person's orders
    were skipped with a warning, no parse issue, and ``--strict`` exited 0. The folder is the export's by
    its name, so its file is an ``unhandled-file`` issue of the Amazon export."""
    folder = tmp_path / "my-amazon"
    shutil.copytree(AMAZON_LEGACY / "Retail.CartItems.1", folder / "Retail.CartItems.1")
    (folder / unknown).parent.mkdir(parents=True)
    (folder / unknown).write_bytes(b"PK\x03\x04 not read")
    not_exports: list[api.NotAnExport] = []
    exports = api.open_exports(folder, registry=REGISTRY, not_exports=not_exports)
    api.close_exports(exports)
    assert [(e.detection.parser, e.detection.variant) for e in exports] == [("amazon", "legacy")]
    assert not_exports == []
    stats = api.RunStats()
    assert kinds(folder, stats=stats) == alone(AMAZON_LEGACY / "Retail.CartItems.1")
    assert [(i.member, i.code) for i in stats.issues] == [(unknown, "unhandled-file")]
    result = CliRunner().invoke(app, ["timeline", "--strict", "-q", str(folder), "-o", str(tmp_path / "t.jsonl")])
    assert result.exit_code == ExitCode.PARSE_ISSUES


def test_demo_out_folder_is_the_planted_exports(tmp_path: Path) -> None:
    from dataexam.persona import export_paths, write_persona

    truth_path = write_persona(tmp_path / "demo", seed=3, scale=0.05)
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    assert sorted((src, var, parts) for _, src, var, parts in found(tmp_path / "demo")) == sorted(
        (e["source"], e["variant"], len(e["inputs"])) for e in truth["exports"])
    stats = api.RunStats()
    whole = Counter(e.kind for e in api.timeline(tmp_path / "demo", registry=REGISTRY, stats=stats))
    assert whole == kinds(export_paths(truth_path))
    assert [n.path for n in stats.not_exports] == ["truth.json"]


def test_unpacked_copy_beside_its_zip_is_two_exports_deduplicated(tmp_path: Path) -> None:
    folder = tmp_path / "Downloads"
    shutil.copytree(X, folder / "twitter-2024")
    zip_tree(X, folder / "twitter-2024.zip")
    assert [loc for loc, *_ in found(folder)] == ["twitter-2024", "twitter-2024.zip"]
    assert kinds(folder) == kinds(X)


def test_different_eras_of_one_service_stay_apart(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    shutil.copytree(FB_OLD, folder / "facebook-2020")
    shutil.copytree(FB, folder / "facebook-2024")
    shutil.copytree(X_OLD, folder / "twitter-2019")
    assert [(loc, var) for loc, _, var, _ in found(folder)] == [
        ("facebook-2020", "2019-20"), ("facebook-2024", "2024-25"), ("twitter-2019", "gdpr-2018")]


def test_nothing_recognised_in_a_folder_is_still_an_error(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    with pytest.raises(NothingRecognised, match="not a recognised export"):
        api.open_exports(tmp_path / "d", registry=REGISTRY)


def test_html_facebook_export_in_a_folder_is_skipped_with_its_reason(tmp_path: Path) -> None:
    folder = downloads(tmp_path / "Downloads", strays=False)
    # named to come first: skipping it must not close the zips the other exports are read from
    zip_tree(FIXTURES / "facebook" / "html-export" / "archive", folder / "0-facebook-html.zip")
    stats = api.RunStats()
    sources = {e.source for e in api.timeline(folder, registry=REGISTRY, stats=stats)}
    assert sources == {"twitter", "facebook", "amazon"}
    assert [(n.path, "HTML format" in n.reason) for n in stats.not_exports] == [("0-facebook-html.zip", True)]


def test_nesting_limit_still_holds_inside_a_collection(tmp_path: Path) -> None:
    inner = zip_of(downloads(tmp_path / "d", strays=False), tmp_path / "level1.zip")
    outer = tmp_path / "level2.zip"
    with zipfile.ZipFile(outer, "w") as zf:
        zf.write(inner, "level1.zip")
    stats = api.RunStats()
    with pytest.raises(NothingRecognised):
        list(api.timeline(outer, registry=REGISTRY, stats=stats, limits=ArchiveLimits(max_nesting=2)))
    assert kinds(outer) == alone(X, FB, AMAZON)  # the default limit (3) reaches them


# -- several accounts ----------------------------------------------------------------------------

def other_x_account(dest: Path) -> Path:
    shutil.copytree(X, dest)
    for name in ("manifest.js", "account.js"):
        f = dest / "data" / name
        f.write_text(f.read_text(encoding="utf-8").replace("1500000001", "1500000002"), encoding="utf-8")
    return dest


def other_fb_profile(dest: Path) -> Path:
    shutil.copytree(FB, dest)
    f = dest / "personal_information" / "profile_information" / "profile_information.json"
    f.write_text(f.read_text(encoding="utf-8").replace("Maja", "Synthia"), encoding="utf-8")
    return dest


@pytest.mark.parametrize("make", [other_x_account, other_fb_profile])
def test_two_accounts_of_one_source_stop_the_run(make, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    original = X if make is other_x_account else FB
    other = make(tmp_path / "other")
    with pytest.raises(SeveralAccounts, match="2 different accounts"):
        api.open_exports([original, other], registry=REGISTRY)
    for command in (["timeline"], ["report", "-f", "json"]):
        result = CliRunner().invoke(app, [*command, str(original), str(other)])
        assert result.exit_code == ExitCode.USAGE == 2
        assert "different accounts" in result.stderr and "--per-account" in result.stderr
        assert "Synthia" not in result.stderr and "1500000002" not in result.stderr  # no personal data


def test_two_accounts_inside_one_folder_stop_the_run(tmp_path: Path) -> None:
    folder = tmp_path / "Downloads"
    shutil.copytree(X, folder / "twitter-me")
    other_x_account(folder / "twitter-flatmate")
    result = CliRunner().invoke(app, ["timeline", str(folder)])
    assert result.exit_code == 2 and "2 different accounts" in result.stderr


def test_same_account_twice_is_not_two_people(tmp_path: Path) -> None:
    copy = shutil.copytree(X, tmp_path / "x-again")
    assert kinds([X, copy]) == kinds(X)  # overlapping exports of one account: de-duplicated


def test_per_account_reports_each_account(tmp_path: Path) -> None:
    other = other_x_account(tmp_path / "other")
    result = CliRunner().invoke(app, ["report", str(X), str(other), str(AMAZON), "-f", "json", "--per-account"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["schema"] == "dataexam.report-per-account/1"
    labels = [r["account"] for r in doc["reports"]]
    assert len(labels) == 3  # two X accounts, and the Amazon export nobody can attribute
    # the report reads what the timeline gives by default and the kinds it reads beyond (Parser.report_kinds: the
    # posts X kept after the person deleted them)
    read = sum(kinds(X).values()) + sum(kinds(X, kinds=["twitter.deleted_tweet"]).values())
    assert [r["report"]["inputs"]["by_source"] for r in doc["reports"]][:2] == [{"twitter": read}] * 2
    assert doc["reports"][2]["report"]["inputs"]["by_source"] == {"amazon": sum(kinds(AMAZON).values())}
    timeline = CliRunner().invoke(app, ["timeline", str(X), str(other), "--per-account"])
    assert timeline.exit_code == 0
    archives = {json.loads(line)["origin"]["archive"] for line in timeline.stdout.splitlines()}
    assert archives == {str(X), str(other)}
    assert "twitter account 1" in timeline.stderr and "twitter account 2" in timeline.stderr
    single = CliRunner().invoke(app, ["timeline", str(X), "--per-account"])
    assert single.exit_code == 0 and "account" not in single.stderr


def test_accounts_are_numbered_in_input_order_everywhere(tmp_path: Path) -> None:
    """``scan``, the two-accounts error and ``--per-account`` give an account one number: the order of the inputs
    (the twenty-fourth pass's first tester: ``--per-account`` sorted the exports by name, so its "account 1"
    was the other person's ``scan`` called "account 2"). Here the first input sorts last by name."""
    other = other_x_account(tmp_path / "flatmate")
    first, second = sorted([str(X), str(other)], reverse=True)
    inputs = [first, second, str(AMAZON)]
    rows = json.loads(CliRunner().invoke(app, ["scan", *inputs, "--json"]).stdout)
    assert {r["inputs"][0]: r.get("account") for r in rows} == {first: 1, second: 2, str(AMAZON): None}
    refused = CliRunner().invoke(app, ["timeline", *inputs])
    assert refused.exit_code == 2 and f"account 1: {first}; account 2: {second}" in refused.stderr
    timeline = CliRunner().invoke(app, ["timeline", *inputs, "--per-account", "-o", str(tmp_path / "t.jsonl")])
    assert timeline.exit_code == 0, timeline.stderr
    assert f"twitter account 1: {first} —" in timeline.stderr and f"twitter account 2: {second} —" in timeline.stderr
    doc = json.loads(CliRunner().invoke(app, ["report", *inputs, "--per-account", "-f", "json"]).stdout)
    assert [r["account"] for r in doc["reports"]][:2] == [f"twitter account 1: {first}", f"twitter account 2: {second}"]


def test_scan_shows_the_account_mix_without_stopping(tmp_path: Path) -> None:
    other = other_x_account(tmp_path / "other")
    rows = json.loads(CliRunner().invoke(app, ["scan", str(X), str(other), "--json"]).stdout)
    assert sorted(r["account"] for r in rows) == [1, 2]


@pytest.mark.parametrize("tree", TREES)
@pytest.mark.parametrize("form", ["zipped", "unpacked"])
def test_every_era_is_found_inside_a_downloads_folder(tree: str, form: str, tmp_path: Path) -> None:
    """Each source and era, zipped or unpacked in a folder next to another service's zip and a PDF,
    is found as itself (same variant) and yields what it yields alone."""
    path = FIXTURES / tree
    source = tree.split("/")[0]
    other = AMAZON if source != "amazon" else X
    folder = tmp_path / "Downloads"
    folder.mkdir()
    name = f"{source}-{path.parent.name}-export"
    if form == "zipped":
        zip_tree(path, folder / f"{name}.zip")
    else:
        shutil.copytree(path, folder / name)
    zip_tree(other, folder / "other-service.zip")
    (folder / "invoice.pdf").write_bytes(b"%PDF-1.4\n")
    with open_input(path) as archive:
        variant = REGISTRY.best(archive).variant  # type: ignore[union-attr]
    expected_loc = f"{name}.zip" if form == "zipped" else name
    assert (expected_loc, source, variant, 1) in found(folder)
    assert len(found(folder)) == 2
    stats = api.RunStats()
    assert Counter(e.kind for e in api.timeline(folder, registry=REGISTRY, stats=stats)) == alone(path, other)
    assert [n.path for n in stats.not_exports] == ["invoice.pdf"]


def test_x_account_is_read_from_manifest_or_account_js() -> None:
    from dataexam_parsers.twitter import TwitterParser

    for tree, expected in ((X, "1500000001"), (X_OLD, "990000001")):
        with open_input(tree) as archive:
            assert TwitterParser().account(archive) == expected


def test_facebook_account_is_the_profile_name_of_every_era() -> None:
    from dataexam_parsers.facebook import FacebookParser

    names = {}
    for tree in sorted(FIXTURES.glob("facebook/*/archive")):
        if tree.parent.name == "html-export":
            continue
        with open_input(tree) as archive:
            names[tree.parent.name] = FacebookParser().account(archive)
    assert names["2024-25"] == "Maja Øvergård"  # mojibake repaired, as the parser reads it
    assert all(name is None or (isinstance(name, str) and name.strip()) for name in names.values())
    assert sum(name is not None for name in names.values()) >= 4


def test_per_account_reports_list_their_own_exports(tmp_path: Path) -> None:
    """Each account's report names its own exports (it once showed the last group's in every report)."""
    other = other_x_account(tmp_path / "other")
    result = CliRunner().invoke(app, ["report", str(X), str(other), str(AMAZON), "-f", "json", "--per-account"])
    assert result.exit_code == 0, result.output
    reports = json.loads(result.stdout)["reports"]
    names = [[e["name"] for e in r["report"]["inputs"]["exports"]] for r in reports]
    sources = [{e["source"] for e in r["report"]["inputs"]["exports"]} for r in reports]
    assert sources == [{"twitter"}, {"twitter"}, {"amazon"}]
    assert names[0] != names[1] and {names[0][0], names[1][0]} == {X.name, other.name}


def test_per_account_redact_hides_names_paths_and_contacts(tmp_path: Path) -> None:
    """--redact applies to every account's report in every format, and the account labels (which name
    the exports by their paths) become 'account N'."""
    planted = "Zebulon Quackenbush"
    mine = shutil.copytree(FB, tmp_path / "QuackenbushFamily" / "facebook-me")
    thread = next(mine.rglob("message_1.json"))
    thread.write_text(thread.read_text(encoding="utf-8").replace(
        json.loads(thread.read_text(encoding="utf-8"))["participants"][0]["name"], planted), encoding="utf-8")
    other_fb_profile(tmp_path / "QuackenbushFamily" / "facebook-flatmate")
    for fmt in ("json", "markdown", "text"):
        result = CliRunner().invoke(app, ["report", str(tmp_path / "QuackenbushFamily"), "--per-account",
                                          "--redact", "-f", fmt])
        assert result.exit_code == 0, result.output
        assert planted not in result.stdout and "Quackenbush" not in result.stdout, fmt
        assert str(tmp_path) not in result.stdout, fmt
    doc = json.loads(CliRunner().invoke(app, ["report", str(tmp_path / "QuackenbushFamily"), "--per-account",
                                              "--redact", "-f", "json"]).stdout)
    assert [r["account"] for r in doc["reports"]] == ["account 1", "account 2"]


def test_an_export_kept_whole_gives_its_detection_when_asked(tmp_path: Path) -> None:
    """note44's read-through: `outputs.export_root_of` ran `registry.best` itself on an export discovery kept whole
    (by its folders' names, with no detection); `Found.detected()` gives it, the same as `registry.best` on its
    members, and the one discovery made where it made one."""
    folder = tmp_path / "Downloads"
    shutil.copytree(X, folder / "twitter-2024")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    with open_input(folder) as archive:
        exports, _ = discover(archive, REGISTRY)
        assert [f.prefix for f in exports] == ["twitter-2024/"]
        found = exports[0]
        detected = found.detected()
        assert detected is not None and detected.parser == "twitter"
        if found.detection is None:
            from dataexam.archive import Archive

            assert detected == REGISTRY.best(Archive([found.members[0].input], list(found.members), []))
        else:
            assert detected is found.detection


ORDERS_LEGACY = FIXTURES / "amazon" / "legacy" / "archive" / "Retail.OrderHistory.1" / "Retail.OrderHistory.1.csv"
ORDERS_2025 = FIXTURES / "amazon" / "2025" / "archive" / "Your Orders" / "Your Amazon Orders" / "Order History.csv"


@pytest.mark.parametrize(("source", "renamed", "parser", "variant"), [
    (ORDERS_LEGACY, "P35.csv", "amazon", "legacy"),
    (ORDERS_2025, "P37.csv", "amazon", "2025"),
    (X / "data" / "tweets.js", "P36.js", "twitter", None),
])
def test_a_renamed_single_export_file_is_recognised_by_its_first_bytes(
        tmp_path: Path, source: Path, renamed: str, parser: str, variant: str | None) -> None:
    """BATCH2's limit: Amazon's order history or an X data file sent alone and renamed after a participant was "not a
    recognised export" (recognised by its own name only). Its first bytes name it; read as under its own name."""
    path = tmp_path / renamed
    shutil.copy(source, path)
    with open_input(path) as archive:
        detection = REGISTRY.best(archive)
    assert detection is not None and detection.parser == parser and (variant is None or detection.variant == variant)
    result = CliRunner().invoke(app, ["timeline", str(path), "-q"])
    assert result.exit_code == 0, result.stderr
    got = [(r["time"], r["kind"], r["text"], r["key"]) for r in map(json.loads, result.stdout.splitlines())]
    assert len(got) >= 5
    if source.name != "Order History.csv":  # 2025's file alone, under its own name, was not read either: now it is
        with open_input(source) as archive:
            own = REGISTRY.best(archive)
        assert own is not None and (detection.parser, detection.variant) == (own.parser, own.variant)
        expected = CliRunner().invoke(app, ["timeline", str(source), "-q"]).stdout
        assert got == [(r["time"], r["kind"], r["text"], r["key"]) for r in map(json.loads, expected.splitlines())]


def test_renamed_export_name_reads_only_what_it_knows() -> None:
    from dataexam.discover import renamed_export_name

    head = ORDERS_LEGACY.read_bytes()[:8192]
    assert renamed_export_name(head, "P35.csv") == "Retail.OrderHistory.1.csv"
    assert renamed_export_name(head, "Retail.OrderHistory.2.csv") is None  # its own kind of name: kept
    assert renamed_export_name(b"window.YTD.like.part0 = [", "P1.js") == "like.js"
    assert renamed_export_name(b"window.YTD.tweets.part2 = [", "x.js") == "tweets-part2.js"
    assert renamed_export_name(b"window.YTD.tweets.part0 = [", "tweets.js") is None
    assert renamed_export_name(b"Order ID,Title,Price\n1,a,2\n", "P9.csv") is None  # not the order history's columns
    assert renamed_export_name(b"\xff\xfe\x00garbage", "P9.csv") is None
    semicolons = head.decode("utf-8-sig").split("\n", 1)[0].replace('","', '";"').encode() + b"\n"
    assert renamed_export_name(semicolons, "P9.csv") == "Retail.OrderHistory.1.csv"  # saved again by Excel (de)


def _old_fb_html(root: Path) -> Path:
    """Facebook's 2010–2017 download: index.htm and html/*.htm (T33A L6's shape; invented, empty pages)."""
    (root / "html").mkdir(parents=True)
    (root / "index.htm").write_text("<html></html>", encoding="utf-8")
    for page in ("timeline", "messages", "friends", "photos"):
        (root / "html" / f"{page}.htm").write_text("<html></html>", encoding="utf-8")
    return root


@pytest.mark.parametrize("command,packed", [("report", "folder"), ("timeline", "folder"),
                                            ("timeline", "zip-inside"), ("timeline", "all-zipped")])
def test_a_recognised_html_download_inside_a_folder_gives_its_advice(tmp_path: Path, packed: str,
                                                                     command: str) -> None:
    """T33B L4: a 2010–2017 Facebook HTML download in a folder beside an X archive was "1 item(s) inside are not a
    recognised export and were skipped" on `report`/`timeline` — it is recognised (`scan` and a run on it alone
    say so): the run's warning gives the advice, and the X archive is read (exit 0)."""
    folder = tmp_path / "mine"
    shutil.copytree(X, folder / "twitter-2024-05-01-a1b2c3")
    fb = _old_fb_html(tmp_path / "fb" / "facebook-jane.fict.5")
    if packed == "zip-inside":
        zip_tree(fb, folder / "facebook-jane.fict.5.zip")
    else:
        shutil.copytree(fb, folder / "facebook-jane.fict.5")
    given = zip_tree(folder, tmp_path / "mine.zip") if packed == "all-zipped" else folder
    out = tmp_path / ("r.json" if command == "report" else "t.jsonl")
    result = CliRunner().invoke(app, [command, str(given), "-o", str(out)])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert "not a recognised export" not in said
    assert "facebook-jane.fict.5" in said and "was skipped: it is a facebook export in HTML format" in said
    assert "Facebook's old HTML download (2010–2017" in said and "Request a new download in JSON" in said
    assert out.stat().st_size > 0


def test_a_recognised_html_download_beside_a_stray_keeps_each_warning(tmp_path: Path) -> None:
    folder = downloads(tmp_path / "Downloads")
    _old_fb_html(folder / "facebook-jane.fict.5")
    stats = api.RunStats()
    assert {e.source for e in api.timeline(folder, registry=REGISTRY, stats=stats)} == {"twitter", "facebook",
                                                                                         "amazon"}
    assert [n.path for n in stats.not_exports if n.recognised] == ["facebook-jane.fict.5"]
    assert any("2 item(s) inside are not a recognised export" in w for w in stats.warnings)  # the PDF and photo
    assert any("'facebook-jane.fict.5' was skipped: it is a facebook export in HTML format" in w
               for w in stats.warnings)
