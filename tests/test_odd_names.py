"""File and folder names that are not UTF-8 (made under another encoding: a zip from an old Windows or
macOS extracted on Linux, a Latin-1 system). Python gives their bytes as lone surrogates, which UTF-8
cannot encode: ``scan --json``, ``report`` and ``batch`` ended with an internal error on them.

Names are shown with such bytes as ``\\xNN`` (:func:`dataexam.archive.printable_path`) and the files are
still read by their real names; a participant id that is not UTF-8 is refused before a batch starts.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dataexam.archive import printable_path

ROOT = Path(__file__).resolve().parent.parent
X_ARCHIVE = ROOT / "fixtures" / "twitter" / "current" / "archive"
FB_ARCHIVE = ROOT / "fixtures" / "facebook" / "2023" / "archive"
ENV = dict(os.environ, NO_COLOR="1", COLUMNS="100", PYTHONIOENCODING="utf-8")


def _odd(folder: Path, raw: bytes) -> Path:
    """``folder / raw`` for a name of raw bytes, or a skip where the file system refuses such names."""
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), raw)))
    try:
        path.mkdir() if not raw.endswith(b".js") else path.write_bytes(b"window.YTD.x.part0 = []\n")
    except OSError as exc:  # macOS' APFS, for one, only takes UTF-8 names
        pytest.skip(f"this file system refuses names that are not UTF-8 ({exc.strerror})")
    return path


def _cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "dataexam", *args], capture_output=True, env=ENV, timeout=300)


def test_printable_path() -> None:
    assert printable_path("data/tweets.js") == "data/tweets.js"
    assert printable_path("messages/inbox/zoë_123/message_1.json") == "messages/inbox/zoë_123/message_1.json"
    assert printable_path(os.fsdecode(b"data/caf\xe9-\xff.js")) == "data/caf\\xe9-\\xff.js"
    # T28B L5: a name really spelling "\xff" is no longer the same text as one holding the byte 0xFF
    assert printable_path("bad\\xff\\xfe.zip") == "bad\\\\xff\\\\xfe.zip"
    assert printable_path(os.fsdecode(b"bad\xff\xfe.zip")) == "bad\\xff\\xfe.zip"
    assert printable_path("C:\\Users\\anna\\x.zip") == "C:\\Users\\anna\\x.zip"  # no escape-like backslash: as it is
    assert printable_path(os.fsdecode(b"a\\\xff")) == "a\\\\\\xff"  # a backslash, then the byte
    assert printable_path("a\\\\b") == "a\\\\\\b"


def _read_back(shown: str) -> bytes:
    """The name's bytes from printable_path's text: ``\\\\`` a backslash, ``\\xNN`` a byte, else as written."""
    out, i = bytearray(), 0
    while i < len(shown):
        if shown.startswith("\\\\", i):
            out += b"\\"
            i += 2
        elif shown.startswith("\\x", i) and len(shown) >= i + 4 and all(c in "0123456789abcdefABCDEF"
                                                                        for c in shown[i + 2: i + 4]):
            out.append(int(shown[i + 2: i + 4], 16))
            i += 4
        else:
            out += shown[i].encode("utf-8")
            i += 1
    return bytes(out)


@given(st.lists(st.sampled_from([b"\\", b"x", b"f", b"f", b"0", b"a", b"\xff", b"\xe9", "ë".encode(), b"/", b"n"]),
                max_size=12))
def test_printable_path_is_one_text_for_each_name(parts: list[bytes]) -> None:
    """Two names never share a text (a name spelling an escape and one holding the byte), and the text gives
    the name's bytes back."""
    raw = b"".join(parts)
    assert _read_back(printable_path(os.fsdecode(raw))) == raw


def test_a_name_spelling_an_escape_and_one_holding_the_byte_are_told_apart(tmp_path: Path) -> None:
    """T28B L5: `cp x.zip "$(printf 'bad\\xff\\xfe.zip')"` gave origin.archive "bad\\xff\\xfe.zip", the same
    text as a file really named so."""
    real = tmp_path / "bad\\xff\\xfe"
    shutil.copytree(X_ARCHIVE, real)
    odd = _odd(tmp_path, b"bad\xff\xfe")
    odd.rmdir()
    shutil.copytree(X_ARCHIVE, odd)
    archives = {}
    for folder in (real, odd):
        run = _cli("timeline", str(folder), "-q")
        assert run.returncode == 0, run.stderr.decode()
        first = json.loads(run.stdout.decode("utf-8").splitlines()[0])
        archives[folder] = first["origin"]["archive"]
    assert archives[real] == f"{tmp_path}/bad\\\\xff\\\\xfe"
    assert archives[odd] == f"{tmp_path}/bad\\xff\\xfe"


def test_an_export_holding_a_file_named_in_latin1(tmp_path: Path) -> None:
    export = tmp_path / "x"
    shutil.copytree(X_ARCHIVE, export)
    _odd(export / "data", b"caf\xe9-\xff.js")
    scan = _cli("scan", str(export), "--json")
    assert scan.returncode == 0, scan.stderr.decode()
    found = json.loads(scan.stdout.decode("utf-8"))[0]
    (issue,) = found["issue_files"]
    assert {k: issue[k] for k in ("file", "code", "message")} == {
        "file": "data/caf\\xe9-\\xff.js", "code": "unhandled-file",
        "message": "file not recognised by the parser; its records were not read"}
    assert issue["kind"] == "stops"
    report = _cli("report", str(export), "-f", "json", "-q")
    assert report.returncode == 0, report.stderr.decode()
    json.loads(report.stdout.decode("utf-8"))
    db = tmp_path / "t.db"
    timeline = _cli("timeline", str(export), "-o", str(db))
    assert timeline.returncode == 0, timeline.stderr.decode()
    assert "data/caf\\xe9-\\xff.js: 1 × unhandled-file" in timeline.stderr.decode()
    assert sqlite3.connect(db).execute("SELECT count(*) FROM events").fetchone()[0] > 0


def test_exports_in_folders_named_in_latin1(tmp_path: Path) -> None:
    parent = tmp_path / "downloads"
    parent.mkdir()
    odd = _odd(parent, b"x-\xe9")
    odd.rmdir()
    shutil.copytree(X_ARCHIVE, odd)
    shutil.copytree(FB_ARCHIVE, parent / "facebook")  # two exports: each found in its own folder
    for args in (["scan", str(parent), "--json"], ["report", str(parent), "-f", "json", "-q"],
                 ["report", str(odd), "-f", "json", "-q"], ["timeline", str(odd), "-q"]):
        run = _cli(*args)
        assert run.returncode == 0, (args, run.stderr.decode())
        text = run.stdout.decode("utf-8")  # valid UTF-8 throughout
        if args[0] == "scan":
            assert {e["found_in"][0]["path"] for e in json.loads(text)} == {"x-\\xe9", "facebook"}
        if args[0] == "timeline":
            assert '"archive":"' + str(parent) + '/x-\\\\xe9"' in text  # in JSON, the backslash is escaped


def test_a_participant_folder_named_in_latin1_is_refused(tmp_path: Path) -> None:
    donations = tmp_path / "donations"
    donations.mkdir()
    shutil.copytree(X_ARCHIVE, _odd(donations, b"P\xe9001") / "x")
    run = _cli("batch", str(donations), "-o", str(tmp_path / "study"), "--jobs", "1", "-q")
    assert run.returncode == 2, run.stderr.decode()
    assert "participant id 'P\\xe9001' is not UTF-8 text" in run.stderr.decode()
    assert "Traceback" not in run.stderr.decode() and not (tmp_path / "study").exists()


def test_an_input_path_named_in_latin1(tmp_path: Path) -> None:
    # scan --json printed it, SQLite's dataexam_meta kept its base name: both failed on the surrogate
    odd = _odd(tmp_path, b"caf\xe9")
    odd.rmdir()
    shutil.copytree(X_ARCHIVE, odd)
    scan = _cli("scan", "--json", str(odd))
    assert scan.returncode == 0, scan.stderr.decode()
    assert json.loads(scan.stdout.decode("utf-8"))[0]["inputs"] == [f"{tmp_path}/caf\\xe9"]
    db = tmp_path / "t.db"
    timeline = _cli("timeline", str(odd), "-o", str(db), "-q")
    assert timeline.returncode == 0, timeline.stderr.decode()
    meta = sqlite3.connect(db).execute("SELECT value FROM dataexam_meta WHERE name = 'inputs'").fetchone()[0]
    assert json.loads(meta) == ["caf\\xe9"]


def test_a_manifest_may_name_folders_in_latin1_but_not_ids(tmp_path: Path) -> None:
    odd = _odd(tmp_path, b"caf\xe9")
    odd.rmdir()
    shutil.copytree(X_ARCHIVE, odd)
    manifest = tmp_path / "manifest.csv"
    manifest.write_bytes(b"participant_id,path\nP1," + os.fsencode(odd) + b"\n")  # the folder's own bytes
    run = _cli("batch", str(manifest), "-o", str(tmp_path / "study"), "--jobs", "1", "-q")
    assert run.returncode == 0, run.stderr.decode()
    manifest.write_bytes(b"participant_id,path\nP\xe91," + os.fsencode(odd) + b"\n")
    run = _cli("batch", str(manifest), "-o", str(tmp_path / "study2"), "--jobs", "1", "-q")
    assert run.returncode == 2, run.stderr.decode()
    assert "manifest.csv line 2: participant id 'P\\xe91' is not UTF-8 text" in run.stderr.decode()


def test_demo_into_a_folder_named_in_latin1_lists_its_real_paths(tmp_path: Path) -> None:
    out = _odd(tmp_path, b"dem\xe9")
    out.rmdir()
    run = _cli("demo", "--out", str(out), "--no-report", "-q", "--scale", "0.05")
    assert run.returncode == 0, run.stderr.decode()
    listed = [os.fsdecode(line) for line in run.stdout.splitlines()]
    assert listed and all(Path(p).exists() and p.startswith(str(out)) for p in listed)  # usable with xargs


def test_an_output_path_named_in_latin1_is_shown_with_xnn(tmp_path: Path) -> None:
    db = Path(os.fsdecode(os.fsencode(tmp_path) + b"/out\xe9.db"))
    run = _cli("timeline", str(X_ARCHIVE), "-o", str(db))
    assert run.returncode == 0 and f"to {tmp_path}/out\\xe9.db" in run.stderr.decode()
    missing = Path(os.fsdecode(os.fsencode(tmp_path) + b"/no\xe9/out.jsonl"))
    run = _cli("timeline", str(X_ARCHIVE), "-o", str(missing))
    assert run.returncode == 1
    assert f"{tmp_path}/no\\xe9/out.jsonl: cannot write it: the folder {tmp_path}/no\\xe9 does not exist" in \
        run.stderr.decode()


def test_stray_files_named_in_latin1_are_quoted_as_shown(tmp_path: Path) -> None:
    from dataexam import api

    parent = tmp_path / "downloads"
    shutil.copytree(X_ARCHIVE, parent / "x")
    _odd(parent, b"stray\xe9.js")
    for n in range(4):
        (parent / f"z-notes-{n}.txt").write_text("not an export")
    stats = api.RunStats()
    api.close_exports(api.open_exports([parent], not_exports=stats.not_exports))
    api.note_not_exports(stats)
    (warning,) = stats.warnings
    assert "5 item(s) inside are not a recognised export" in warning and "and 2 more" in warning
    assert "'stray\\xe9.js'" in warning  # one backslash, as scan shows it (repr doubled it)
