"""dataexam.janitor: a private temporary folder is removed even when its process is killed outright."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dataexam.janitor import Janitor
from dataexam.tempdirs import PrivateTempDir
from helpers import process_running, wait_until

pytestmark = pytest.mark.skipif(not os.path.exists("/bin/sh") or os.name != "posix", reason="a POSIX shell")

_HOLDER = """\
import sys, time
sys.path[:0] = {paths!r}
from dataexam.tempdirs import PrivateTempDir
tmp = PrivateTempDir()
path, f = tmp.new_file(".run")
f.write(b"sorted runs of someone's events"); f.flush()
print(tmp.path, tmp._janitor.process.pid, flush=True)
time.sleep(120)
"""


@pytest.mark.parametrize(("sig", "path"), [(signal.SIGKILL, None), (signal.SIGHUP, None),
                                           (signal.SIGKILL, "/nonexistent")], ids=["SIGKILL", "SIGHUP", "no-PATH"])
def test_the_folder_goes_when_its_process_is_killed_outright(tmp_path: Path, sig: int, path: str | None) -> None:
    """SIGKILL (the out-of-memory killer) and SIGHUP (a closed terminal; Python has no handler) run no
    clean-up: the folder, with its runs of events, stayed on disk. The caller's PATH does not matter."""
    env = {**os.environ, "TMPDIR": str(tmp_path), **({"PATH": path} if path else {})}
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER.format(paths=sys.path)], env=env,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    folder, janitor = holder.stdout.readline().split()
    assert os.listdir(folder) and process_running(int(janitor))
    holder.send_signal(sig)
    holder.wait()
    assert wait_until(lambda: not os.path.exists(folder), 10)
    assert wait_until(lambda: not process_running(int(janitor)), 5)
    assert list(tmp_path.iterdir()) == []


def test_a_closed_folder_ends_its_janitor_at_once(tmp_path: Path) -> None:
    tmp = PrivateTempDir(str(tmp_path))
    janitor = tmp._janitor
    assert janitor is not None and janitor.process is not None
    tmp.new_file()[1].close()
    tmp.close()
    assert not os.path.exists(tmp.path)
    assert janitor.process.returncode == 0  # waited for: it found nothing to do
    tmp.close()  # twice is harmless


def test_the_janitor_removes_only_its_own_path(tmp_path: Path) -> None:
    """A unit's folder is published by renaming it: its janitor must leave the published folder alone."""
    folder = tmp_path / ".tmp-P1-0abc"
    folder.mkdir()
    (folder / "run.json").write_text("{}")
    janitor = Janitor(str(folder))
    os.replace(folder, tmp_path / "P1")
    janitor.release()
    assert janitor.process is not None and janitor.process.returncode == 0
    assert (tmp_path / "P1" / "run.json").read_text() == "{}"


def test_a_folder_still_written_to_is_removed_once_the_writing_stops(tmp_path: Path) -> None:
    """A --jobs worker may write for up to a second after its parent is gone: a file created while the
    folder is being removed makes one removal fail, so the janitor tries again."""
    folder = tmp_path / "dataexam-busy"
    folder.mkdir()
    janitor = Janitor(str(folder))
    janitor.release()
    deadline = time.monotonic() + 1.0
    n = 0
    while time.monotonic() < deadline:  # a writer racing the removal, as a worker does (it never recreates it)
        try:
            (folder / f"run-{n}").write_bytes(b"x" * 1000)
        except FileNotFoundError:
            break
        n += 1
    assert wait_until(lambda: not folder.exists(), 5)


def test_a_relative_path_is_taken_from_the_callers_working_folder(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The janitor works from "/": a relative path (mkdtemp with a relative dir gives one before Python
    3.12) is made absolute against the caller's working folder first."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dataexam-rel").mkdir()
    janitor = Janitor("dataexam-rel")
    assert janitor.process is not None and janitor.process.args[-1] == str(tmp_path / "dataexam-rel")
    janitor.release()
    assert not (tmp_path / "dataexam-rel").exists()
