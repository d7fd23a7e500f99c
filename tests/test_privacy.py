"""Privacy guarantees: no network, private files and folders, nothing left behind, nothing leaked.

* whole CLI runs (timeline, scan, report) succeed with sockets blocked — in-process (monkeypatched)
  and in a subprocess whose ``sitecustomize`` blocks every socket and records any attempt;
* every file the tool creates is 0600 and every folder 0700, even under ``umask 000``;
* temporary data lives in a private ``dataexam-*`` folder that is removed when the run ends;
* ``--debug`` tracebacks show code, never local variables or the messages of foreign exceptions;
* no mode (default, ``--debug``, ``--strict``, ``-q``, scan, report, DEBUG logging) ever prints a
  record's contents: a unique secret is planted in records of broken files of every source.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import badinputs
import pytest
from badinputs import SECRET
from typer.testing import CliRunner

from dataexam import api, cli, writers
from dataexam.registry import load_registry
from helpers import REPO

runner = CliRunner()


def _has_report() -> bool:
    try:
        import dataexam.report  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture
def exports(tmp_path: Path) -> list[Path]:
    """Small X, Facebook and Amazon exports of a fictional person (X zipped, as downloaded)."""
    x = badinputs.twitter_tree(tmp_path / "src" / "twitter", n_tweets=4)
    return [badinputs.zip_tree(x, tmp_path / "twitter-archive.zip"),
            badinputs.facebook_tree(tmp_path / "src" / "facebook-janefict"),
            badinputs.amazon_tree(tmp_path / "src" / "amazon")]


@pytest.fixture
def umask_000() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


# -- no network ------------------------------------------------------------------------------------

@pytest.mark.usefixtures("no_network")
def test_cli_runs_with_sockets_blocked_in_process(exports: list[Path], tmp_path: Path) -> None:
    paths = [str(p) for p in exports]
    timeline = runner.invoke(cli.app, ["timeline", *paths])
    assert timeline.exit_code == 0, timeline.stderr
    kinds = {json.loads(line)["source"] for line in timeline.stdout.splitlines()}
    assert kinds == {"twitter", "facebook", "amazon"}
    scan = runner.invoke(cli.app, ["scan", *paths, "--json"])
    assert scan.exit_code == 0 and len(json.loads(scan.stdout)) == 3
    if _has_report():
        report = runner.invoke(cli.app, ["report", *paths, "-f", "json", "-o", str(tmp_path / "r.json")])
        assert report.exit_code == 0, report.stderr
        assert (tmp_path / "r.json").exists()


SITECUSTOMIZE = '''
import os, socket
_MARK = os.environ["DATAEXAM_NET_MARK"]
open(_MARK + ".loaded", "w").close()

def _blocked(*args, **kwargs):
    with open(_MARK, "a") as fh:
        fh.write("network attempt\\n")
    raise OSError("network blocked by the dataexam privacy test")

socket.socket.connect = _blocked
socket.socket.connect_ex = _blocked
socket.socket.sendto = _blocked
socket.socket.bind = _blocked
socket.create_connection = _blocked
socket.getaddrinfo = _blocked
socket.gethostbyname = _blocked
'''


def test_cli_runs_with_sockets_blocked_in_subprocess(exports: list[Path], tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE)
    mark = tmp_path / "net-attempts"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), str(REPO)]), DATAEXAM_NET_MARK=str(mark),
               TMPDIR=str(tmp_path))
    paths = [str(p) for p in exports]
    commands = [["timeline", *paths, "-f", "sqlite", "-o", str(tmp_path / "t.db")], ["scan", *paths]]
    if _has_report():
        commands.append(["report", *paths, "-f", "markdown", "-o", str(tmp_path / "r.md")])
    for args in commands:
        proc = subprocess.run([sys.executable, "-m", "dataexam", *args], env=env, capture_output=True, text=True,
                              timeout=180)
        assert proc.returncode == 0, (args[0], proc.stderr[-2000:])
    assert (tmp_path / "net-attempts.loaded").exists(), "the socket-blocking sitecustomize was not loaded"
    assert not mark.exists(), "dataexam tried to use the network"


# -- private files and folders ------------------------------------------------------------------------

def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("umask_000")
def test_created_files_are_0600_under_umask_000(exports: list[Path], tmp_path: Path) -> None:
    paths = [str(p) for p in exports]
    out = tmp_path / "out"
    out.mkdir()
    runs = [(["timeline", *paths, "-o", str(out / "t.jsonl")], "t.jsonl"),
            (["timeline", *paths, "-f", "csv", "-o", str(out / "t.csv")], "t.csv"),
            (["timeline", *paths, "-f", "sqlite", "-o", str(out / "t.db")], "t.db")]
    if _has_report():
        runs += [(["report", *paths, "-f", fmt, "-o", str(out / f"r.{fmt}")], f"r.{fmt}")
                 for fmt in ("json", "markdown", "text")]
    for args, name in runs:
        result = runner.invoke(cli.app, args)
        assert result.exit_code == 0, result.stderr
        assert _mode(out / name) == 0o600, name
    # replacing an existing, world-readable file still leaves a private one
    (out / "t.jsonl").chmod(0o666)
    assert runner.invoke(cli.app, ["timeline", *paths, "-o", str(out / "t.jsonl")]).exit_code == 0
    assert _mode(out / "t.jsonl") == 0o600
    assert sorted(p.name for p in out.iterdir() if ".part" in p.name) == []


@pytest.mark.usefixtures("umask_000")
def test_spilled_sort_runs_are_private_and_removed(exports: list[Path], tmp_path: Path) -> None:
    """With a tiny spill size the sort writes runs to disk: 0700 folder, 0600 files, all removed after."""
    parent = tmp_path / "tmp"
    parent.mkdir()
    seen: dict[str, int] = {}
    events = api.timeline([str(p) for p in exports], spill_bytes=512, tmp_parent=str(parent),
                          registry=load_registry())
    first = next(events)
    assert first is not None
    for folder in parent.iterdir():
        seen[folder.name] = _mode(folder)
        for f in folder.iterdir():
            seen[f"{folder.name}/{f.name}"] = _mode(f)
    rest = list(events)
    assert rest, "the exports should give more than one event"
    folders = {k: v for k, v in seen.items() if "/" not in k}
    files = {k: v for k, v in seen.items() if "/" in k}
    assert folders and all(k.startswith("dataexam-") and v == 0o700 for k, v in folders.items()), seen
    assert files and all(v == 0o600 for v in files.values()), seen
    assert list(parent.iterdir()) == [], "the private temporary folder must be removed at the end"


def test_temp_folder_removed_when_the_consumer_stops_early(exports: list[Path], tmp_path: Path) -> None:
    parent = tmp_path / "tmp"
    parent.mkdir()
    events = api.timeline([str(p) for p in exports], spill_bytes=512, tmp_parent=str(parent))
    next(events)
    assert list(parent.iterdir())
    events.close()  # what happens on `| head`, an exception in a writer, or Ctrl-C
    assert list(parent.iterdir()) == []


def test_private_output_is_0600_and_atomic(tmp_path: Path, umask_000: None) -> None:
    dest = tmp_path / "x.txt"
    with pytest.raises(RuntimeError), writers.private_output(dest) as fh:
        fh.write(SECRET)
        raise RuntimeError("interrupted")
    assert not dest.exists() and list(tmp_path.iterdir()) == []
    with writers.private_output(dest) as fh:
        fh.write("ok")
    assert _mode(dest) == 0o600 and dest.read_text() == "ok"


# -- tracebacks and messages never show data ----------------------------------------------------------

def test_debug_traceback_shows_no_locals_and_no_foreign_message(exports: list[Path], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def exploding_writer(rows, out):  # type: ignore[no-untyped-def]
        private_message = SECRET  # a local variable holding someone's words
        raise ValueError(f"could not write {private_message}")

    monkeypatch.setattr(writers, "write_lines", exploding_writer)
    monkeypatch.setattr(writers, "write_jsonl", exploding_writer, raising=False)
    paths = [str(p) for p in exports]
    debug = runner.invoke(cli.app, ["--debug", "timeline", *paths])
    assert debug.exit_code == 1
    assert "Traceback (most recent call last)" in debug.stderr and "ValueError" in debug.stderr
    assert "exploding_writer" in debug.stderr  # the frames are there …
    assert SECRET not in debug.stderr  # … but neither the local variable nor the message
    plain = runner.invoke(cli.app, ["timeline", *paths])
    assert plain.exit_code == 1 and "Traceback" not in plain.stderr and SECRET not in plain.stderr
    assert "internal error (ValueError)" in plain.stderr


def secret_exports(root: Path) -> list[Path]:
    """Broken exports of every source whose records carry SECRET in every text field."""
    x = badinputs.twitter_tree(root / "twitter", n_tweets=3, secret_text=True)
    tweets = x / "data" / "tweets.js"
    data = tweets.read_text()
    # a tweet whose fields are all the secret (bad id, bad date), then the file is cut mid-record
    bad = json.dumps({"tweet": {"id": SECRET, "created_at": SECRET, "full_text": SECRET, "entities": SECRET}})
    tweets.write_text(data.rstrip().rstrip("]") + ", " + bad + ', {"tweet" : {"full_text" : "' + SECRET)
    (x / "data" / "like.js").write_text("window.YTD.like.part0 = " + json.dumps(
        [{"like": {"tweetId": SECRET, "fullText": SECRET}}, {"like": SECRET}]) + ", " + SECRET)

    fb = badinputs.facebook_tree(root / "facebook")
    posts = fb / "your_facebook_activity" / "posts" / "your_posts__check_ins__photos_and_videos_1.json"
    posts.write_text(json.dumps([
        {"timestamp": SECRET, "data": [{"post": SECRET}], "title": SECRET},
        {"timestamp": 1700000000, "data": SECRET, "attachments": SECRET},
        {"timestamp": [SECRET], "data": [{"post": {"x": SECRET}}]},
    ]) + '\n[{"post": "' + SECRET + "\xff")
    prof = fb / "personal_information" / "profile_information" / "profile_information.json"
    prof.write_bytes(b'{"profile_v2": {"name": "' + SECRET.encode() + b'\xc3\x28"}')

    cells = [SECRET] * 27
    amazon = badinputs.amazon_tree(root / "amazon", [
        badinputs.order_row(0, SECRET),
        ",".join(f'"{c}"' for c in cells),
        ",".join(f'"{c}"' for c in cells[:5]),
        '"' + SECRET + '\x00","' + SECRET,
    ])
    return [x, fb, amazon]


def test_secret_in_broken_records_never_reaches_stderr(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    paths = [str(p) for p in secret_exports(tmp_path)]
    runs = []
    for globals_ in ([], ["--debug"]):
        for tail in ([], ["--strict"], ["-q"], ["-f", "csv"]):
            runs.append([*globals_, "timeline", *paths, *tail])
        runs.append([*globals_, "scan", *paths])
        runs.append([*globals_, "scan", *paths, "--json"])
        if _has_report():
            runs.append([*globals_, "report", *paths, "-f", "json", "-o", str(tmp_path / "r.json")])
    issues_seen = False
    for args in runs:
        result = runner.invoke(cli.app, args)
        assert result.exit_code in (0, 4), (args, result.stderr[-2000:])
        assert SECRET not in result.stderr, args
        assert "Traceback" not in result.stderr, args
        issues_seen |= "parse issue" in result.stderr
    assert issues_seen, "the broken files should have produced parse issues"
    assert SECRET not in caplog.text


def test_issue_messages_from_the_api_never_quote_records(tmp_path: Path) -> None:
    stats = api.RunStats()
    list(api.timeline([str(p) for p in secret_exports(tmp_path)], stats=stats))
    assert stats.issue_count >= 3
    for issue in stats.issues:
        text = json.dumps(issue.to_dict())
        assert SECRET not in text and SECRET[:12] not in text, issue


# -- the threat model is written down -------------------------------------------------------------------

def test_security_md_states_the_threat_model() -> None:
    text = (REPO / "SECURITY.md").read_text(encoding="utf-8").lower()
    for words in ("threat model", "network", "0600", "temporary", "swap", "compromised", "report",
                  "--debug", "zip bomb"):
        assert words in text, words
