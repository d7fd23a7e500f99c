"""Interrupted runs leave nothing behind; a closed pipe ends quietly.

The real CLI runs in a subprocess (``python -m dataexam``) over a generated X archive large enough
that it is still reading when the signal arrives (we wait until its private temporary folder
exists). After SIGINT the exit code is 130, after SIGTERM 143; neither the output file nor its
``.part`` nor the ``dataexam-*`` temporary folder (TMPDIR points into the test folder) survives.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dataexam.errors import ExitCode

# long enough to be interrupted mid-run on a busy machine: ~3 s of reading on one idle core (issue 16's
# fourth pass made 50,000 tweets a ~1 s run, only 0.75 s of it after the temporary folder appears)
N_TWEETS = 150_000
N_SMALL = 5_000  # for complete runs: output far larger than a pipe's buffer


def big_twitter_archive(root: Path, n: int = N_TWEETS) -> Path:
    """An X archive (2020 → layout) with ``n`` small synthetic tweets, written in a stream."""
    data = root / "data"
    data.mkdir(parents=True)
    (root / "Your archive.html").write_text("<html></html>")
    (data / "manifest.js").write_text('window.__THAR_CONFIG = { "userInfo" : { "accountId" : "111" } }')
    with open(data / "tweets.js", "w", encoding="utf-8") as out:
        out.write("window.YTD.tweets.part0 = [ ")
        for i in range(n):
            if i:
                out.write(", ")
            day = 1 + i % 28
            out.write(json.dumps({"tweet": {
                "id": str(10**18 + i), "id_str": str(10**18 + i), "full_text": f"fictional tweet {i}",
                "created_at": f"Mon Feb {day:02d} 10:{i % 60:02d}:00 +0000 2021", "lang": "en",
                "favorite_count": "0", "retweet_count": "0",
                "entities": {"hashtags": [], "user_mentions": [], "urls": []}}}))
        out.write(" ]")
    return root


@pytest.fixture(scope="module")
def big_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return big_twitter_archive(tmp_path_factory.mktemp("big") / "twitter-archive")


@pytest.fixture(scope="module")
def small_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return big_twitter_archive(tmp_path_factory.mktemp("small") / "twitter-archive", N_SMALL)


def _env(tmpdir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["TMPDIR"] = str(tmpdir)
    env.pop("COLUMNS", None)
    return env


def interruptible() -> None:
    """In the child before it starts: SIGINT as a terminal delivers it. A shell starts a background
    job (``make test &``, a CI runner's ``nohup … &``) with SIGINT ignored, the child inherits that,
    and Python then never raises KeyboardInterrupt: the SIGINT cases would test nothing."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(args: list[str], tmpdir: Path, cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "dataexam", *args], cwd=cwd, env=_env(tmpdir),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=interruptible)


def _wait_until_mid_run(proc: subprocess.Popen[bytes], tmpdir: Path, timeout: float = 60) -> None:
    """Wait until the run has created its private temporary folder (it is reading), then a little more."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(p.name.startswith("dataexam-") for p in tmpdir.iterdir()):
            time.sleep(0.3)
            assert proc.poll() is None, "the run ended before it could be interrupted; make the input larger"
            return
        if proc.poll() is not None:
            break
        time.sleep(0.02)
    _out, err = proc.communicate()
    pytest.fail(f"run never started reading (exit {proc.returncode}): {err.decode()[-500:]}")


def _started_mid_run(export: Path, args: list[str], tmp_path: Path) -> tuple[subprocess.Popen[bytes], Path, Path]:
    """``dataexam ARGS`` (``{export}`` replaced) run in ``tmp_path/work`` with TMPDIR ``tmp_path/tmp``,
    returned once it is reading; with those two folders."""
    if args[0] == "report":
        pytest.importorskip("dataexam.report")
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    proc = _start([a.replace("{export}", str(export)) for a in args], tmpdir, work)
    _wait_until_mid_run(proc, tmpdir)
    return proc, tmpdir, work


CASES = [
    ("timeline-sqlite", ["timeline", "{export}", "-f", "sqlite", "-o", "out.db"], "out.db"),
    ("timeline-jsonl-file", ["timeline", "{export}", "-o", "out.jsonl"], "out.jsonl"),
    ("report-json", ["report", "{export}", "-f", "json", "-o", "r.json"], "r.json"),
]
SIGNALS = [(signal.SIGINT, ExitCode.INTERRUPTED), (signal.SIGTERM, ExitCode.TERMINATED)]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "args", "output"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize(("sig", "code"), SIGNALS, ids=["SIGINT", "SIGTERM"])
def test_interrupted_run_leaves_nothing(big_export: Path, tmp_path: Path, name: str, args: list[str], output: str,
                                        sig: signal.Signals, code: ExitCode) -> None:
    proc, tmpdir, work = _started_mid_run(big_export, args, tmp_path)
    proc.send_signal(sig)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err.decode()[-2000:]
    assert b"Traceback" not in err
    # a log says why the output is missing, for SIGTERM as for SIGINT (T28B L6: SIGTERM ended silently)
    assert (b"dataexam: interrupted" if sig == signal.SIGINT else b"dataexam: terminated") in err
    assert sorted(p.name for p in work.iterdir()) == [], "no output file and no .part may be left"
    assert sorted(p.name for p in tmpdir.iterdir()) == [], "the private temporary folder must be removed"


KILLED = [
    ("timeline-jobs1", ["timeline", "{export}", "--jobs", "1", "-o", "out.jsonl"]),
    ("timeline-jobs2", ["timeline", "{export}", "--jobs", "2", "-o", "out.jsonl"]),
    ("timeline-sqlite-jobs2", ["timeline", "{export}", "--jobs", "2", "-f", "sqlite", "-o", "out.db"]),
    ("report-jobs2", ["report", "{export}", "--jobs", "2", "-f", "json", "-o", "r.json"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "args"), KILLED, ids=[c[0] for c in KILLED])
@pytest.mark.parametrize("later", [0.0, 1.0], ids=["reading", "a-second-later"])
def test_a_run_killed_outright_leaves_nothing_either(big_export: Path, tmp_path: Path, name: str, args: list[str],
                                                     later: float) -> None:
    """SIGKILL (the out-of-memory killer) runs no clean-up in the process: its workers stop and its
    janitors remove the private temporary folders (the report has two), the workers' runs in them
    and the output's ``.part`` file within seconds (all stayed on disk; workers read on). A worker that
    finds the folder gone ends without a traceback (one naming the temporary path reached the terminal)."""
    proc, tmpdir, work = _started_mid_run(big_export, args, tmp_path)
    time.sleep(later)
    proc.kill()
    _out, err = proc.communicate(timeout=60)  # the workers hold the same stderr until they end
    assert b"Traceback" not in err and b"dataexam-" not in err, err.decode()[-2000:]
    deadline = time.monotonic() + 20
    while (list(tmpdir.iterdir()) or list(work.iterdir())) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert sorted(p.name for p in tmpdir.iterdir()) == [], "the private temporary folders must go"
    assert sorted(p.name for p in work.iterdir()) in ([], ["out.db"], ["out.jsonl"], ["r.json"]), \
        "no .part may be left (a complete output only if the run had finished)"


@pytest.mark.slow
def test_uninterrupted_run_cleans_up_too(small_export: Path, tmp_path: Path) -> None:
    """The reference run: same command, no signal; the output exists (0600) and the temp folder is gone."""
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    proc = subprocess.run([sys.executable, "-m", "dataexam", "timeline", str(small_export), "-f", "sqlite",
                           "-o", "out.db"], cwd=tmp_path, env=_env(tmpdir), capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    assert (tmp_path / "out.db").stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert list(tmpdir.iterdir()) == []


@pytest.mark.slow
def test_broken_pipe_ends_quietly(small_export: Path, tmp_path: Path) -> None:
    """``dataexam timeline … | head -1``: exit 0 and nothing on stderr."""
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    shell = (f"{sys.executable} -m dataexam timeline '{small_export}' 2>'{tmp_path / 'err.txt'}' | head -1; "
             "echo \"status=${PIPESTATUS[0]}\"")
    proc = subprocess.run(["bash", "-c", shell], env=_env(tmpdir), capture_output=True, text=True, timeout=300)
    first, status = proc.stdout.splitlines()[0], proc.stdout.splitlines()[-1]
    assert json.loads(first)["kind"] == "twitter.tweet"
    assert status == "status=0"
    assert (tmp_path / "err.txt").read_text() == ""
    assert list(tmpdir.iterdir()) == []


def test_sigterm_handler_raises_terminated_for_cleanup() -> None:
    """In-process: the SIGTERM handler turns the signal into an exception, so ``finally`` blocks run."""
    from dataexam import cli

    with pytest.raises(cli.Terminated):
        cli._on_sigterm(signal.SIGTERM, None)
