"""dataexam.workers: a job in a new interpreter, its result or its error back, nothing left behind."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from dataexam.workers import Worker, WorkerFailed
from helpers import process_running, wait_until


def _square(n: int) -> int:
    return n * n


def _fail(message: str) -> None:
    raise ValueError(message)


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _pid_and_sigint() -> tuple[int, object, int]:
    return os.getpid(), signal.getsignal(signal.SIGINT), os.getsid(0)


def test_result_comes_back_and_files_are_removed(tmp_path: Path) -> None:
    w = Worker(_square, (12,), str(tmp_path), "w1")
    assert w.result() == 144
    assert list(tmp_path.iterdir()) == []


def test_job_file_is_private(tmp_path: Path) -> None:
    w = Worker(_square, (3,), str(tmp_path), "w1")
    try:
        mode = os.stat(w.job_path).st_mode & 0o777
    except FileNotFoundError:  # the worker already read (and removed) it
        mode = 0o600
    assert mode == 0o600
    assert w.result() == 9


def test_an_error_in_the_worker_is_raised_in_the_caller(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="bad input"):
        Worker(_fail, ("bad input",), str(tmp_path), "w1").result()
    assert list(tmp_path.iterdir()) == []


def test_a_worker_that_dies_is_reported_not_waited_for(tmp_path: Path) -> None:
    with pytest.raises(WorkerFailed, match="without a result"):
        Worker(_die, (), str(tmp_path), "w1").result()
    assert list(tmp_path.iterdir()) == []


def test_workers_ignore_ctrl_c_in_a_session_of_their_own(tmp_path: Path) -> None:
    pid, handler, sid = Worker(_pid_and_sigint, (), str(tmp_path), "w1").result()
    assert pid != os.getpid()
    assert handler == signal.SIG_IGN  # the main process handles Ctrl-C and ends them
    assert sid == pid and sid != os.getsid(0)  # not in the terminal's foreground group


def test_kill_ends_a_running_worker(tmp_path: Path) -> None:
    import time

    w = Worker(time.sleep, (60,), str(tmp_path), "w1")
    w.kill()
    assert w.process.returncode is not None
    assert list(tmp_path.iterdir()) == []


_MAIN = """\
import sys, time
sys.path[:0] = {paths!r}
from dataexam.tempdirs import PrivateTempDir
from dataexam.workers import Worker
tmp = PrivateTempDir()
worker = Worker(time.sleep, ({job_s},), tmp.path, "worker1")
print(tmp.path, worker.process.pid, flush=True)
time.sleep(120)
"""


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")
@pytest.mark.parametrize("job_s", [120, 0.4], ids=["still-working", "done-after-the-folder-went"])
def test_a_worker_whose_main_process_is_killed_ends_quietly_and_leaves_nothing(tmp_path: Path,
                                                                               job_s: float) -> None:
    """SIGKILL of the main process: its worker (in a session of its own, so nothing else ends it)
    noticed nothing and read on; now it ends within seconds and the run's folder goes. A job that
    finishes after the main process's janitor removed the folder cannot write its result: it ends
    without a traceback on the terminal (a fresh tester saw one naming the temporary path)."""
    import subprocess
    import sys

    env = {**os.environ, "TMPDIR": str(tmp_path)}
    main = subprocess.Popen([sys.executable, "-c", _MAIN.format(paths=sys.path, job_s=job_s)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert main.stdout is not None
    folder, pid = main.stdout.readline().split()
    assert os.path.isdir(folder) and os.path.basename(folder).startswith("dataexam-")
    main.kill()

    try:
        _, stderr = main.communicate(timeout=30)  # the worker holds the same stderr until it ends
        assert wait_until(lambda: not process_running(pid) and not os.path.exists(folder), 15)
        assert stderr == ""
    finally:
        if process_running(pid):
            os.kill(int(pid), signal.SIGKILL)


def test_a_worker_whose_folder_was_taken_ends_quietly(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    """When a run is killed outright, its janitor removes the temporary folder as soon as it sees the
    parent end, which can be before the kernel hands the worker to a new parent. The worker then
    finds no folder for its result and must end without a traceback naming the temporary path
    (one reached the terminal once, under load, in test_interrupt's kill -9 case)."""
    import shutil
    import time

    folder = tmp_path / "dataexam-run"
    folder.mkdir()
    worker = Worker(time.sleep, (1.0,), str(folder), "worker1")
    assert wait_until(lambda: not os.path.exists(worker.job_path), within=30)  # it has read its job
    shutil.rmtree(folder)
    with pytest.raises(WorkerFailed):
        worker.result()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "dataexam-run" not in err, err


def _big_result_under_a_file_size_limit() -> bytes:
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))  # Python ignores SIGXFSZ: EFBIG
    return b"x" * 100_000


def test_no_room_for_the_result_is_the_no_room_error_without_a_traceback(tmp_path: Path,
                                                                        capfd: pytest.CaptureFixture[str]) -> None:
    # A full temporary disk under --jobs 2: the worker's job failed on it, and writing its result then
    # failed too; the raw traceback of that second write reached the terminal (the fresh tester, 4 of 7
    # runs) before the run's own message. Now the worker ends quietly and the caller gets the no-room error.
    import errno

    with pytest.raises(OSError) as caught:
        Worker(_big_result_under_a_file_size_limit, (), str(tmp_path), "w1").result()
    assert caught.value.errno == errno.ENOSPC
    err = capfd.readouterr().err
    assert "Traceback" not in err, err
    assert list(tmp_path.iterdir()) == []


def test_workers_collect_garbage_as_seldom_as_the_main_process(tmp_path: Path) -> None:
    # issue 16: a worker parses as the main process does, with the same garbage-collector setting
    import gc

    from dataexam import gcpolicy

    assert Worker(gc.get_threshold, (), str(tmp_path), "w1").result()[0] == gcpolicy.YOUNG_THRESHOLD


def test_the_command_line_relaxes_the_garbage_collector() -> None:
    import subprocess
    import sys

    from dataexam import gcpolicy

    code = ("import gc; from dataexam import cli; cli.app = lambda: print(gc.get_threshold()); cli.main()")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == str((gcpolicy.YOUNG_THRESHOLD, 10, 10))
