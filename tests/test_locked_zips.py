"""Zips that cannot be read as they are: password-protected (ZipCrypto, WinZip AES), compressed with a method
Python lacks (Deflate64), or cut short (an interrupted download) — alone, inside a folder and inside another zip;
and a forced ``--source`` or a ``--kind`` that finds nothing (the twenty-fourth pass's first tester: E1, Z1, S1, L1).

Encrypted zips are written with the traditional PKWARE cipher (``helpers.write_locked_zip``), the one ``zip -e``
and 7-Zip's default use; Python's zipfile reads them with the password, which checks the writer itself.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import api, cli
from dataexam.archive import open_input
from dataexam.errors import CorruptArchive, EncryptedArchive, ExitCode, NothingRecognised
from helpers import LOCKED_ZIP_PASSWORD, cut_zip, tree_files, write_locked_zip

runner = CliRunner()
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
X_TREE = FIXTURES / "twitter" / "current" / "archive"
AMAZON_TREE = FIXTURES / "amazon" / "2025" / "archive"


def _x_zip(dest: Path, **kwargs: object) -> Path:
    return write_locked_zip(dest, tree_files(X_TREE), **kwargs)  # type: ignore[arg-type]


def _x_events() -> int:
    return sum(1 for _ in api.timeline(X_TREE))


def test_the_writer_makes_zips_python_reads_with_the_password(tmp_path: Path) -> None:
    z = _x_zip(tmp_path / "x.zip")
    with zipfile.ZipFile(z) as zf:
        zf.setpassword(LOCKED_ZIP_PASSWORD)
        assert zf.read("data/tweets.js") == (X_TREE / "data" / "tweets.js").read_bytes()
        with pytest.raises(RuntimeError, match="password required"):
            zipfile.ZipFile(z).read("data/tweets.js")


def test_a_password_protected_zip_alone_is_a_clear_error_naming_it(tmp_path: Path) -> None:
    # was: "unexpected RuntimeError in the twitter parser … (please report it)", exit 0, 0 events
    z = _x_zip(tmp_path / "my export.zip")
    with pytest.raises(EncryptedArchive) as info:
        open_input(z)
    text = str(info.value)
    assert text.startswith(f"{z}: the zip is password-protected (encrypted)")
    assert f"none of its {len(tree_files(X_TREE))} file(s)" in text and "unpack it yourself" in text
    for command in (["timeline", str(z)], ["scan", str(z)], ["report", str(z)]):
        result = runner.invoke(cli.app, command)
        assert result.exit_code == ExitCode.ERROR, command
        assert "password-protected" in result.stderr and "please report" not in result.stderr
        assert result.stdout == ""


def test_keep_going_skips_a_locked_or_damaged_zip_and_reads_the_rest(tmp_path: Path) -> None:
    """--keep-going skips an input that cannot be read as a whole (password-protected, damaged) with one warning
    and reads the others (the twenty-fourth pass's tester: the locked zip stopped the run, exit 1, no events)."""
    locked = _x_zip(tmp_path / "locked.zip")
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(b"PK\x03\x04 not a zip at all")
    result = runner.invoke(cli.app, ["timeline", "--keep-going", str(locked), str(damaged), str(AMAZON_TREE)])
    assert result.exit_code == 0
    assert result.stdout.count("\n") == sum(1 for _ in api.timeline(AMAZON_TREE)) > 0
    assert "skipped" in result.stderr and "password-protected" in result.stderr and "damaged" in result.stderr
    result = runner.invoke(cli.app, ["timeline", "--keep-going", str(locked), str(damaged)])
    assert result.exit_code == ExitCode.NOTHING_RECOGNISED and result.stdout == ""
    result = runner.invoke(cli.app, ["timeline", str(locked), str(AMAZON_TREE)])  # without it: stops, as before
    assert result.exit_code == ExitCode.ERROR and result.stdout == ""


def test_aes_members_are_encrypted_too(tmp_path: Path) -> None:
    files = tree_files(X_TREE)
    z = _x_zip(tmp_path / "aes.zip", encrypt=set(), method=dict.fromkeys(files, 99))
    with pytest.raises(EncryptedArchive, match="password-protected"):
        open_input(z)


def test_some_members_encrypted_each_named_the_rest_read(tmp_path: Path) -> None:
    z = _x_zip(tmp_path / "one.zip", encrypt={"data/like.js"}, method={"data/ip-audit.js": 99})
    with open_input(z) as arch:
        assert "data/like.js" not in arch.paths() and "data/ip-audit.js" not in arch.paths()
        assert "data/tweets.js" in arch.paths()
        locked = sorted((i.member, i.code) for i in arch.issues)
        assert locked == [("data/ip-audit.js", "encrypted-member"), ("data/like.js", "encrypted-member")]
    stats = api.RunStats()
    events = list(api.timeline(z, stats=stats))
    assert not any(e.kind == "twitter.like" for e in events) and any(e.kind == "twitter.tweet" for e in events)
    assert {code for _member, code in stats.issue_summary} == {"encrypted-member"}
    result = runner.invoke(cli.app, ["timeline", str(z)])
    assert result.exit_code == 0
    assert "data/like.js: 1 × encrypted-member — file is encrypted (password-protected)" in result.stderr
    assert "parser-error" not in result.stderr


def test_a_deflate64_member_is_named_not_a_parser_error(tmp_path: Path) -> None:
    z = _x_zip(tmp_path / "win.zip", encrypt=set(), method={"data/like.js": 9})
    with open_input(z) as arch:
        (issue,) = arch.issues
        assert (issue.member, issue.code) == ("data/like.js", "unsupported-compression")
        assert "Deflate64" in issue.message


def test_an_encrypted_zip_in_a_folder_is_named_and_the_rest_read(tmp_path: Path) -> None:
    downloads = tmp_path / "Downloads"
    _x_zip(downloads / "twitter.zip")
    write_locked_zip(downloads / "amazon.zip", tree_files(AMAZON_TREE), encrypt=set())
    with open_input(downloads) as arch:
        assert [(i.member, i.code) for i in arch.issues] == [("twitter.zip", "encrypted-zip")]
        assert arch.paths() and all(p.startswith("amazon/") for p in arch.paths())
    stats = api.RunStats()
    events = list(api.timeline(downloads, stats=stats))
    assert events and {e.source for e in events} == {"amazon"}
    # the locked zip is an item of its own, its issue named by its own path (T26C M2: the folder was taken for
    # the one export beside it, and the locked zip was listed nowhere)
    assert dict(stats.issue_summary) == {(f"{downloads}/twitter.zip", "encrypted-zip"): 1}
    assert [e.archive.inputs for e in stats.exports] == [(f"{downloads}/amazon.zip",)]
    assert [(n.path, n.issue.code if n.issue else None) for n in stats.not_exports] == [("twitter.zip",
                                                                                         "encrypted-zip")]


def test_a_folder_holding_only_an_encrypted_zip_is_exit_1_naming_the_zip(tmp_path: Path) -> None:
    # was: exit 3, "not a recognised export"; in a batch, status ok with 0 records
    folder = tmp_path / "P003"
    _x_zip(folder / "password.zip")
    with pytest.raises(EncryptedArchive, match=r"nothing in it could be read: password\.zip: the zip is password"):
        api.open_exports([folder])
    result = runner.invoke(cli.app, ["timeline", str(folder)])
    assert result.exit_code == ExitCode.ERROR and "password.zip" in result.stderr


def test_an_encrypted_zip_inside_a_zip_is_named(tmp_path: Path) -> None:
    inner = _x_zip(tmp_path / "inner.zip").read_bytes()
    outer = write_locked_zip(tmp_path / "bundle.zip", {"exports/twitter.zip": inner,
                                               **{f"amazon/{k}": v for k, v in tree_files(AMAZON_TREE).items()}},
                      encrypt=set())
    with open_input(outer) as arch:
        assert [(i.member, i.code) for i in arch.issues] == [("exports/twitter.zip", "encrypted-zip")]
    # the bundle zipped with the password as a whole: itself the error
    locked = write_locked_zip(tmp_path / "locked-bundle.zip", {"exports/twitter.zip": inner})
    with pytest.raises(EncryptedArchive):
        open_input(locked)


def test_a_damaged_zip_with_no_complete_file_in_a_folder_is_exit_1(tmp_path: Path) -> None:
    folder = tmp_path / "P1"
    folder.mkdir()
    (folder / "twitter.zip").write_bytes(b"PK\x03\x04 not really a zip" + bytes(range(256)) * 8)
    with pytest.raises(CorruptArchive, match=r"nothing in it could be read: twitter\.zip: zip file inside the folder"):
        api.open_exports([folder])


# -- an interrupted download: salvaged wherever it is found (Z1) --------------------------------------------

@pytest.fixture
def cut_x_zip(tmp_path: Path) -> Path:
    z = _x_zip(tmp_path / "src" / "twitter-cut.zip", encrypt=set())
    return cut_zip(z, "data/tweets.js")


def _salvaged_kinds(path: Path) -> tuple[dict[str, int], set[tuple[str, str]]]:
    stats = api.RunStats()
    kinds: dict[str, int] = {}
    for event in api.timeline(path, stats=stats):
        kinds[event.kind] = kinds.get(event.kind, 0) + 1
    # an issue of the whole zip is keyed by the zip's path (ParseIssue.place): here its base name, wherever it is
    return kinds, {(Path(where).name, code) for where, code in stats.issue_summary}


def test_a_cut_zip_is_salvaged_alike_alone_in_a_folder_and_in_a_zip(tmp_path: Path, cut_x_zip: Path) -> None:
    cut = cut_x_zip
    alone, alone_issues = _salvaged_kinds(cut)
    with open_input(cut) as arch:  # what follows tweets.js is lost, the files before it kept, tweets.js up to the cut
        assert "data/tweets.js" in arch.paths() and "data/account.js" in arch.paths()
        assert not any(p > "data/tweets.js" for p in arch.paths())
    assert alone and sum(alone.values()) < _x_events()
    assert ("tweets.js", "truncated-zip") in alone_issues  # one line of the cut, the file's (INP51)

    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    (downloads / cut.name).write_bytes(cut.read_bytes())
    write_locked_zip(downloads / "amazon.zip", tree_files(AMAZON_TREE), encrypt=set())
    in_folder, folder_issues = _salvaged_kinds(downloads)
    # was: the cut zip skipped whole (corrupt-zip), only Amazon's records read
    assert {k: n for k, n in in_folder.items() if k.startswith("twitter.")} == alone
    assert any(k.startswith("amazon.") for k in in_folder)
    assert folder_issues == alone_issues  # the issue of the export (the zip itself), as when alone
    with open_input(downloads) as arch:
        assert arch.mounts == {"twitter-cut": "twitter-cut.zip", "amazon": "amazon.zip"}
    # the zip's own issue is its export's (scan listed it under the Amazon export beside it)
    scanned = {r.parser: r.issue_summary for r in api.scan(downloads) if r.is_export}
    assert scanned["amazon"] == {} and list(scanned["twitter"].values()) == [1]
    # the zip's own issue, naming tweets.js: cut off (ten bytes of it present: before its first record); INP51: it
    # and tweets.js's corrupt-member line were two
    assert [k.rsplit(": ", 1)[-1] for k in scanned["twitter"]] == ["truncated-zip"]
    assert not [code for _where, code in alone_issues if code == "corrupt-member"]

    bundle = write_locked_zip(tmp_path / "bundle.zip", {"twitter-cut.zip": cut.read_bytes(),
                                                **{f"amazon/{k}": v for k, v in tree_files(AMAZON_TREE).items()}},
                       encrypt=set())
    in_zip, zip_issues = _salvaged_kinds(bundle)
    assert {k: n for k, n in in_zip.items() if k.startswith("twitter.")} == alone
    assert zip_issues == alone_issues


def test_a_cut_zip_whose_member_is_encrypted_names_it_and_reads_the_rest(tmp_path: Path) -> None:
    z = cut_zip(_x_zip(tmp_path / "x.zip", encrypt={"data/account.js"}), "data/tweets.js")
    with open_input(z) as arch:
        codes = {(i.member, i.code) for i in arch.issues}
        # the cut's issue names the file the zip ends inside (INP51)
        assert ("data/account.js", "encrypted-member") in codes and ("data/tweets.js", "truncated-zip") in codes
        assert "data/account.js" not in arch.paths() and "data/like.js" in arch.paths()
    every = cut_zip(_x_zip(tmp_path / "y.zip"), "data/tweets.js")
    with pytest.raises(EncryptedArchive):
        open_input(every)


def test_a_cut_zip_in_a_folder_with_nothing_complete_stays_an_issue(tmp_path: Path) -> None:
    """A zip cut inside its first member, with nothing of it readable, is named as cut off (TIDY: "truncated-zip",
    where the zip ends; was "corrupt-zip"); the other export of the folder is read whole."""
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "x.zip").write_bytes(_x_zip(tmp_path / "x.zip", encrypt=set()).read_bytes()[:60])
    write_locked_zip(folder / "amazon.zip", tree_files(AMAZON_TREE), encrypt=set())
    with open_input(folder) as arch:
        # named by the file the zip ends inside, under the folder x.zip is read at (INP51; was the zip, "x.zip")
        assert ("x/Your archive.html", "truncated-zip") in {(i.member, i.code) for i in arch.issues}
    kinds = {e.kind.split(".")[0] for e in api.timeline([folder]) if hasattr(e, "kind")}
    assert kinds == {"amazon"}


# -- a forced --source that claims nothing (S1), a --kind that matches nothing (L1) -----------------------

def test_source_that_claims_no_file_is_nothing_recognised(tmp_path: Path) -> None:
    z = _x_zip(tmp_path / "x.zip", encrypt=set())
    with pytest.raises(NothingRecognised, match=r"x\.zip: nothing in it is an amazon export \(it looks like a "
                                                r"twitter export\)"):
        api.open_exports([z], source="amazon")
    result = runner.invoke(cli.app, ["timeline", str(z), "--source", "amazon"])
    assert result.exit_code == ExitCode.NOTHING_RECOGNISED
    assert "nothing in it is an amazon export (it looks like a twitter export)" in result.stderr
    assert "records before each fault were kept" not in result.stderr and result.stdout == ""
    report = runner.invoke(cli.app, ["report", str(z), "--source", "facebook", "-f", "json"])
    assert report.exit_code == ExitCode.NOTHING_RECOGNISED and "a facebook export" in report.stderr
    # the right parser forced still reads everything
    forced = runner.invoke(cli.app, ["timeline", str(z), "--source", "x"])
    assert forced.exit_code == 0 and len(forced.stdout.splitlines()) == _x_events()


def test_kind_that_lets_nothing_through_says_why(tmp_path: Path) -> None:
    z = _x_zip(tmp_path / "x.zip", encrypt=set())
    other = runner.invoke(cli.app, ["timeline", str(z), "--kind", "facebook.*"])
    assert other.exit_code == 0 and other.stdout == ""
    assert "--kind facebook.*: no event matched: the inputs are twitter export(s), which hold no such records" \
        in other.stderr
    empty_range = runner.invoke(cli.app, ["timeline", str(z), "--kind", "twitter.tweet", "--since", "2090-01-01"])
    assert "--kind twitter.tweet: no event matched: the inputs hold no such records in the time range given; " \
        "their twitter.tweet events run " in empty_range.stderr
    found = runner.invoke(cli.app, ["timeline", str(z), "--kind", "twitter.tweet"])
    assert found.stdout and "no event matched" not in found.stderr
    assert runner.invoke(cli.app, ["timeline", str(z), "--kind", "facebook.*", "-q"]).stderr == ""


# -- ART9 fault 4: scan lists every input, each with its own issues --------------------------------------------------
FB_TREE = FIXTURES / "facebook" / "2024-25" / "archive"


def _fb_parts(tmp_path: Path) -> tuple[Path, Path]:
    """The 2024-25 Facebook export as two part-zips (Facebook splits a large download so), a broken JSON file in
    each: the posts in part 1, the comments in part 2."""
    files = tree_files(FB_TREE)
    names = sorted(files)
    half = len(names) // 2
    one = {n: files[n] for n in names[:half]}
    two = {n: files[n] for n in names[half:]}
    one["your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_9.json"] = b"[{broken"
    two["your_facebook_activity/comments_and_reactions/comments.json"] = b"{broken"
    return (write_locked_zip(tmp_path / "facebook-1of2.zip", one, encrypt=set()),
            write_locked_zip(tmp_path / "facebook-2of2.zip", two, encrypt=set()))


def test_scan_lists_every_input_each_with_its_own_issues(tmp_path: Path) -> None:
    import json

    one, two = _fb_parts(tmp_path)
    locked = _x_zip(tmp_path / "locked.zip")
    amazon = write_locked_zip(tmp_path / "amazon.zip", tree_files(AMAZON_TREE), encrypt=set())
    args = ["scan", "--keep-going", "--json", str(one), str(two), str(amazon), str(locked)]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    by_inputs = {tuple(Path(i).name for i in r["inputs"]): r for r in rows}
    # the locked zip is in the list, with why (it was left out: only a warning said it)
    assert set(by_inputs) == {("facebook-1of2.zip", "facebook-2of2.zip"), ("amazon.zip",), ("locked.zip",)}
    assert by_inputs[("locked.zip",)]["export"] is False
    assert by_inputs[("locked.zip",)]["reason"].startswith("the zip is password-protected (encrypted)")
    fb = by_inputs[("facebook-1of2.zip", "facebook-2of2.zip")]
    assert {Path(k).name: v for k, v in fb["issues_by_input"].items()} == {
        "facebook-1of2.zip": {"bad-json": 1}, "facebook-2of2.zip": {"bad-json": 1}}
    where = {f["file"].rsplit("/", 1)[-1]: Path(f["input"]).name for f in fb["issue_files"]}
    assert where == {"your_posts__check_ins__photos_and_videos_9.json": "facebook-1of2.zip",
                     "comments.json": "facebook-2of2.zip"}
    assert by_inputs[("amazon.zip",)]["issue_summary"] == {} and "issues_by_input" not in by_inputs[("amazon.zip",)]
    # the table says the same
    text = " ".join(runner.invoke(cli.app, args[:2] + args[3:]).stdout.split())
    assert "(facebook-1of2.zip: 1; facebook-2of2.zip: 1)" in text.replace(str(tmp_path) + "/", "")
    skipped = "skipped (not an export, or cannot be read)"
    assert skipped in text and "locked.zip" in text.split(skipped)[1]
    assert "the zip is password-protected" in text.split(skipped)[1]
    # the JSON says what was wrong as an issue of its own, as for a locked zip found inside a folder
    assert by_inputs[("locked.zip",)]["issue_summary"] == {"encrypted-zip": 1}


def test_a_damaged_member_is_said_damaged_not_bad_json(tmp_path: Path) -> None:
    """ART9 fault 5: four flipped bytes inside tweets.js's deflated data inflate to garbage without a zlib error, and
    the JSON reader failed first: "bad-json — invalid JSON (lexical error …)". The member is damaged (its CRC-32
    does not match), and the issue says so, naming the member and the zip."""
    z = write_locked_zip(tmp_path / "twitter-2024.zip", tree_files(X_TREE), encrypt=set())
    data = bytearray(z.read_bytes())
    with zipfile.ZipFile(z) as zf:
        info = zf.getinfo("data/tweets.js")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for k in range(4):
        data[start + info.compress_size // 2 + k] ^= 0xFF
    z.write_bytes(bytes(data))
    stats = api.RunStats()
    events = list(api.timeline(z, stats=stats))
    assert events  # the other files are read
    assert ("data/tweets.js", "corrupt-member") in stats.issue_summary
    assert not any(code == "bad-json" for _, code in stats.issue_summary)
    result = runner.invoke(cli.app, ["scan", "--json", str(z)])
    issue = next(f for f in json.loads(result.stdout)[0]["issue_files"] if f["file"] == "data/tweets.js")
    assert issue["code"] == "corrupt-member"
    assert issue["message"].startswith("zip member data/tweets.js in twitter-2024.zip is damaged (bad CRC-32)")
