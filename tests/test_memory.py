"""How much memory a run may take (dataexam.memory) and how many processes it starts by default.

Many cores and little memory (a container's memory limit, a small laptop): the default --jobs, and
batch's workers, were the CPU count, and the kernel killed processes that did not fit (a timeline
then ends with nothing written; measured in a cgroup limit, see dataexam/memory.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import memory, parallel
from dataexam.batch import engines
from dataexam.mounts import mount_table

MB = 1_000_000
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "twitter" / "current" / "archive"


@pytest.fixture(autouse=True)
def _fresh_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    memory.forget()
    monkeypatch.setattr(memory, "own_anonymous", lambda: 0)  # the figures below are the stand-in headroom's alone
    yield
    memory.forget()


def test_a_run_counts_what_its_process_holds_already_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The headroom is what is left beside this process, whose resident set the usage already counts;
    the estimates are whole processes' peaks. In a 150 MB cgroup (headroom ~112 MB beside a process
    holding ~30 MB) a timeline plans two processes (80 + 60 MB), not one."""
    monkeypatch.undo()
    assert memory.own_anonymous() > 1_000_000  # this interpreter's own, read from /proc/self/statm
    with open("/proc/self/statm") as fh:
        assert memory.own_anonymous() < int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")  # not its libraries
    monkeypatch.setattr(memory, "headroom", lambda: 112 * MB)
    monkeypatch.setattr(memory, "own_anonymous", lambda: 30 * MB)
    monkeypatch.setattr(parallel, "cpu_jobs", lambda: 8)
    assert memory.room_for_run() == 142 * MB
    assert parallel.default_jobs(parallel.ONE_TIMELINE_PROCESS_BYTES) == 2 and parallel.default_jobs() == 1
    monkeypatch.setattr(memory, "headroom", lambda: None)
    assert memory.room_for_run() is None


def _fake_proc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cgroup: str, mountinfo: str) -> None:
    (tmp_path / "cgroup").write_text(cgroup)
    (tmp_path / "mountinfo").write_text(mountinfo)
    monkeypatch.setattr(memory, "_CGROUP", str(tmp_path / "cgroup"))
    monkeypatch.setattr(memory, "_MOUNTINFO", str(tmp_path / "mountinfo"))


def _files(folder: Path, **files: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name.replace("_", ".", 1)).write_text(text)


# -- cgroup v2 (unified) -------------------------------------------------------------------------------------------
def test_a_v2_limit_up_the_tree_counts_minus_its_working_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "cg"
    # the mount's root level (as a container's /sys/fs/cgroup is), then a limited parent, then our own cgroup
    _files(root, cgroup_controllers="memory pids\n")
    _files(root / "job", cgroup_controllers="memory\n", memory_max=f"{500 * MB}\n", memory_current=f"{300 * MB}\n",
           memory_stat=f"anon 150000000\ninactive_file {100 * MB}\nactive_file 50000000\nfile_mapped {20 * MB}\n")
    _files(root / "job" / "step", cgroup_controllers="memory\n", memory_max="max\n", memory_current=f"{250 * MB}\n",
           memory_stat=f"inactive_file {90 * MB}\n")
    _fake_proc(tmp_path, monkeypatch, "0::/job/step\n",
               f"30 1 0:26 / {root} rw,nosuid - cgroup2 cgroup2 rw,nsdelegate\n")
    monkeypatch.setattr(memory, "_system_available", lambda: 20_000 * MB)
    # job: 500 MB limit − (300 − (100 + 50 − 20) MB of file cache it can drop: both LRU lists, less what is
    # mapped into processes) = 330 MB; step: no limit of its own
    assert memory._cgroup_headrooms() == [330 * MB]
    assert memory.headroom() == 330 * MB


def test_the_least_of_several_v2_limits_and_the_system_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "cg"
    _files(root, cgroup_controllers="memory\n")
    _files(root / "a", cgroup_controllers="memory\n", memory_max=f"{900 * MB}\n", memory_current=f"{100 * MB}\n")
    _files(root / "a" / "b", cgroup_controllers="memory\n", memory_max=f"{400 * MB}\n",
           memory_current=f"{100 * MB}\n")
    _fake_proc(tmp_path, monkeypatch, "0::/a/b\n", f"30 1 0:26 / {root} rw - cgroup2 cgroup2 rw\n")
    monkeypatch.setattr(memory, "_system_available", lambda: 20_000 * MB)
    assert sorted(memory._cgroup_headrooms()) == [300 * MB, 800 * MB]
    assert memory.headroom() == 300 * MB
    memory.forget()
    monkeypatch.setattr(memory, "_system_available", lambda: 120 * MB)  # the machine itself is short
    assert memory.headroom() == 120 * MB


def test_a_containers_own_view_of_its_cgroup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # inside a container (cgroup namespace) /proc/self/cgroup says "0::/" and the mount is the container's cgroup
    root = tmp_path / "cg"
    _files(root, cgroup_controllers="memory\n", memory_max=f"{512 * MB}\n", memory_current=f"{12 * MB}\n",
           memory_stat="inactive_file 0\n")
    _fake_proc(tmp_path, monkeypatch, "0::/\n", f"30 1 0:26 / {root} rw - cgroup2 cgroup2 rw\n")
    assert memory._cgroup_headrooms() == [500 * MB]


def test_a_v2_mount_of_another_subtree_is_not_ours(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "cg"
    _files(root, cgroup_controllers="memory\n", memory_max=f"{100 * MB}\n")
    # the mount shows /other (its root field); our cgroup /mine is not under it
    _fake_proc(tmp_path, monkeypatch, "0::/mine\n", f"30 1 0:26 /other {root} rw - cgroup2 cgroup2 rw\n")
    assert memory._cgroup_headrooms() == []


# -- cgroup v1 -----------------------------------------------------------------------------------------------------
def test_a_v1_hierarchical_limit_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mount = tmp_path / "memory"
    leaf = mount / "docker" / "abc"
    _files(leaf, memory_limit_in_bytes="9223372036854771712\n", memory_usage_in_bytes=f"{80 * MB}\n",
           memory_stat=f"cache 1\nhierarchical_memory_limit {256 * MB}\ntotal_inactive_file {30 * MB}\n"
                       f"total_active_file {15 * MB}\ntotal_mapped_file {5 * MB}\nmapped_file {5 * MB}\n")
    _fake_proc(tmp_path, monkeypatch, "12:pids:/docker/abc\n4:memory:/docker/abc\n1:name=systemd:/docker/abc\n",
               f"40 30 0:35 / {mount} rw - cgroup cgroup rw,memory\n"
               f"41 30 0:36 / {tmp_path / 'pids'} rw - cgroup cgroup rw,pids\n")
    assert memory._cgroup_headrooms() == [(256 - (80 - (30 + 15 - 5))) * MB]


def test_file_cache_a_finished_run_left_is_room(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cgroup with nothing running but the page cache of the output a previous run wrote (seen here:
    36.5 MB used, 28 MB of it active_file, 7.6 MB inactive_file) has its whole limit but ~1 MB left; counting
    only inactive_file as droppable left the next run one process where two fitted. Mapped file pages
    (programs being run) stay counted as used, and so does anonymous memory."""
    mount = tmp_path / "memory"
    _files(mount / "job", memory_limit_in_bytes=f"{170 * MB}\n", memory_usage_in_bytes=f"{36_552_704}\n",
           memory_stat="total_cache 35553280\ntotal_rss 0\ntotal_inactive_file 7593984\n"
                       "total_active_file 27959296\ntotal_mapped_file 0\n")
    _fake_proc(tmp_path, monkeypatch, "4:memory:/job\n", f"40 30 0:35 / {mount} rw - cgroup cgroup rw,memory\n")
    assert memory._cgroup_headrooms() == [170 * MB - 999_424]
    _files(mount / "job", memory_stat="total_rss 20000000\ntotal_inactive_file 7593984\n"
                                      "total_active_file 27959296\ntotal_mapped_file 40000000\n")
    # mapped beyond the cache (shared memory counted as mapped): nothing of the cache is taken as droppable
    assert memory._cgroup_headrooms() == [170 * MB - 36_552_704]


def test_a_v1_parents_limit_counts_its_other_childrens_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a limit on the parent only, and a sibling using most of it (the final tester's case: 600 MB, 430 MB used
    # by the sibling): what is left is the parent's limit less the parent's use, not less our own use alone
    mount = tmp_path / "memory"
    _files(mount, memory_limit_in_bytes="9223372036854771712\n", memory_usage_in_bytes=f"{5000 * MB}\n")
    _files(mount / "job", memory_limit_in_bytes=f"{600 * MB}\n", memory_usage_in_bytes=f"{440 * MB}\n",
           memory_stat=f"total_inactive_file {4 * MB}\nhierarchical_memory_limit {600 * MB}\n")
    _files(mount / "job" / "sib", memory_limit_in_bytes="9223372036854771712\n",
           memory_usage_in_bytes=f"{430 * MB}\n")
    _files(mount / "job" / "me", memory_limit_in_bytes="9223372036854771712\n", memory_usage_in_bytes=f"{5 * MB}\n",
           memory_stat=f"hierarchical_memory_limit {600 * MB}\ntotal_inactive_file 0\n")
    _fake_proc(tmp_path, monkeypatch, "4:memory:/job/me\n", f"40 30 0:35 / {mount} rw - cgroup cgroup rw,memory\n")
    assert sorted(memory._cgroup_headrooms()) == [164 * MB, 595 * MB]
    monkeypatch.setattr(memory, "_system_available", lambda: 20_000 * MB)
    assert memory.headroom() == 164 * MB


def test_no_v1_limit_is_no_figure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mount = tmp_path / "memory"
    _files(mount, memory_limit_in_bytes="9223372036854771712\n", memory_usage_in_bytes="1\n",
           memory_stat="hierarchical_memory_limit 9223372036854771712\n")
    _fake_proc(tmp_path, monkeypatch, "4:memory:/\n", f"40 30 0:35 / {mount} rw - cgroup cgroup rw,memory,cpu\n")
    assert memory._cgroup_headrooms() == []


def test_nothing_readable_leaves_the_system_figure_or_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_CGROUP", str(tmp_path / "missing"))
    assert memory._cgroup_headrooms() == []
    monkeypatch.setattr(memory, "_system_available", lambda: 7 * MB)
    assert memory.headroom() == 7 * MB
    memory.forget()
    monkeypatch.setattr(memory, "_system_available", lambda: None)
    assert memory.headroom() is None
    assert parallel.memory_jobs() is None and engines.memory_workers() is None
    monkeypatch.setattr(parallel, "cpu_jobs", lambda: 5)
    monkeypatch.setattr(engines, "cpu_jobs", lambda: 5)
    assert parallel.default_jobs() == 5 and engines.default_workers() == 5  # no figure: the CPUs


def test_a_reading_is_reused_for_a_moment(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr(memory, "_system_available", lambda: calls.append(1) or 900 * MB)
    monkeypatch.setattr(memory, "_cgroup_headrooms", lambda: [])
    assert memory.headroom() == memory.headroom() == 900 * MB
    assert len(calls) == 1  # one run's several questions get one answer
    memory.forget()
    memory.headroom()
    assert len(calls) == 2


# -- processes by default ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("room_mb", "cpus", "jobs", "workers"), [
    (24_000, 2, 2, 2),    # this VM: the CPUs
    (24_000, 64, 64, 64),
    (1_000, 64, 15, 4),   # a 1 GB container on a 64-core host: 1 + (1000 − 150) // 60; (1000 − 120) // 200
    (300, 16, 3, 1),
    (100, 16, 1, 1),      # never fewer than one
    (0, 8, 1, 1),
])
def test_default_processes_fit_the_memory_left(room_mb: int, cpus: int, jobs: int, workers: int,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "headroom", lambda: room_mb * MB)
    monkeypatch.setattr(parallel, "cpu_jobs", lambda: cpus)
    monkeypatch.setattr(engines, "cpu_jobs", lambda: cpus)
    assert parallel.default_jobs() == jobs
    assert engines.default_workers() == workers


def test_an_explicit_jobs_beyond_the_memory_is_cut_and_said(monkeypatch: pytest.MonkeyPatch) -> None:
    from dataexam.cli import app

    monkeypatch.setattr(memory, "headroom", lambda: 300 * MB)
    monkeypatch.setattr(parallel, "cpu_jobs", lambda: 8)
    # what a run then starts at most: a report's main process counts ~150 MB, a timeline's ~80 MB
    assert parallel.default_jobs() == 3 and parallel.default_jobs(parallel.ONE_TIMELINE_PROCESS_BYTES) == 4
    result = CliRunner().invoke(app, ["timeline", str(FIXTURE), "--jobs", "6", "-o", os.devnull])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert ("--jobs 6: the memory left (~300 MB, the least of the system's available memory and any container "
            "limit, with what dataexam holds already) holds about 4 of this run's processes (counting ~80 MB for "
            "the first, as a timeline's reaches, and ~60 MB for each further one): 4 are used") in said
    result = CliRunner().invoke(app, ["report", str(FIXTURE), "--jobs", "6", "-f", "json", "-o", os.devnull])
    assert result.exit_code == 0, result.output
    assert ("holds about 3 of this run's processes (counting ~150 MB for the first, as a report's reaches, "
            "and ~60 MB for each further one): 3 are used") in " ".join(result.output.split())
    result = CliRunner().invoke(app, ["timeline", str(FIXTURE), "--jobs", "4", "-o", os.devnull])
    assert "memory left" not in result.output  # what fits is not remarked on
    result = CliRunner().invoke(app, ["timeline", str(FIXTURE), "--jobs", "6", "-q", "-o", os.devnull])
    assert "memory left" not in result.output  # -q


@pytest.mark.parametrize("command", [["timeline"], ["scan"], ["report", "-f", "json"]])
def test_a_missing_input_is_said_before_any_memory_warning(command: list[str], tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from dataexam.cli import app

    monkeypatch.setattr(memory, "headroom", lambda: 30 * MB)  # less than one process: warned of, if it ran
    monkeypatch.setattr(parallel, "cpu_jobs", lambda: 8)
    result = CliRunner().invoke(app, [*command, str(FIXTURE), str(tmp_path / "gone.zip"), "--jobs", "6"])
    assert result.exit_code == 1, result.output  # as before: a missing input is an error (exit 1)
    assert "gone.zip: no such file or folder" in result.output
    assert "memory left" not in result.output  # the run never started: nothing to warn of


def test_default_timeline_processes_count_a_timelines_main_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """In 170 MB a timeline runs two processes (80 + 60 MB), a report one (150 MB): each command
    counts its own main process."""
    monkeypatch.setattr(memory, "headroom", lambda: 170 * MB)
    monkeypatch.setattr(parallel, "cpu_jobs", lambda: 8)
    from dataexam import cli

    assert cli._jobs(None, parallel.ONE_TIMELINE_PROCESS_BYTES) == 2
    assert cli._jobs(None) == 1


def test_batch_warns_of_workers_beyond_the_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataexam.cli import app

    monkeypatch.setattr(memory, "headroom", lambda: 450 * MB)  # (450 − 120) // 200 = 1 worker
    donations = tmp_path / "donations"
    shutil.copytree(FIXTURE, donations / "p1")
    result = CliRunner().invoke(app, ["batch", str(donations), "-o", str(tmp_path / "out"), "-j", "2"])
    assert result.exit_code == 0, result.output
    text = result.output.replace("\n", " ")
    assert "--jobs 2: the memory left (~450 MB" in text and "holds about 1 worker at ~200 MB each" in text
    monkeypatch.setattr(memory, "headroom", lambda: 250 * MB)  # not even one: said so, not "about 1"
    result = CliRunner().invoke(app, ["batch", str(donations), "-o", str(tmp_path / "out2"), "-j", "2"])
    assert result.exit_code == 0, result.output
    assert "--jobs 2: the memory left (~250 MB" in " ".join(result.output.split())
    assert "holds less than one worker at ~200 MB each beside ~120 MB for the main process" in \
        " ".join(result.output.split())


# -- a real memory limit (cgroup v1 or v2; root, as CI is) ---------------------------------------------------------
def _own_memory_cgroup() -> tuple[str, Path] | None:
    """("v1" | "v2", this process's memory cgroup folder) where a child cgroup can be made in it."""
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
        mounts = mount_table()
    except OSError:
        return None
    for line in lines:
        _, controllers, path = line.split(":", 2)
        version = "v2" if controllers == "" else "v1" if "memory" in controllers.split(",") else None
        if version is None:
            continue
        folder = memory._mounted("cgroup2" if version == "v2" else "cgroup", None if version == "v2" else "memory",
                                 path, mounts)
        if folder is not None:
            return version, Path(folder)
    return None


@pytest.mark.skipif(os.geteuid() != 0, reason="making a cgroup needs root (CI is root)")
def test_a_real_memory_limit_is_seen(tmp_path: Path) -> None:
    own = _own_memory_cgroup()
    if own is None:
        pytest.skip("no memory cgroup of this process")
    version, folder = own
    child = folder / f"dataexam-test-{os.getpid()}"
    try:
        child.mkdir()
        if version == "v1":
            (child / "memory.limit_in_bytes").write_text(str(300 * 2**20))
        else:
            (child / "memory.max").write_text(str(300 * 2**20))
    except OSError as exc:
        pytest.skip(f"this machine does not let a test make a memory cgroup: {exc}")
    script = ("import os, sys; open(sys.argv[1], 'w').write(str(os.getpid())); "
              "from dataexam import memory, parallel; from dataexam.batch import engines; "
              "print(memory.headroom(), memory.room_for_run(), parallel.memory_jobs(), engines.default_workers())")
    try:
        # the child moves itself into the cgroup before it reads anything (cgroup.procs takes "0" for itself)
        run = subprocess.run(["sh", "-c", 'echo 0 > "$1" && exec "$2" -c "$3" "$4"', "sh",
                              str(child / "cgroup.procs"), sys.executable, script, str(tmp_path / "pid")],
                             capture_output=True, text=True, timeout=120)
        if run.returncode != 0 and "cgroup.procs" in run.stderr:
            pytest.skip(f"this machine does not let a process join a new memory cgroup: {run.stderr.strip()[:200]}")
        assert run.returncode == 0, run.stderr
        room, run_room, jobs, workers = (int(x) for x in run.stdout.split())
        assert 200 * MB < room <= 300 * 2**20  # the limit less what the interpreter took
        assert room < run_room <= 300 * 2**20  # ... which the run's estimates count again; never above the limit
        assert jobs == 1 + (run_room - parallel.MAIN_PROCESS_BYTES) // parallel.WORKER_PROCESS_BYTES
        assert workers == 1
    finally:
        for _ in range(50):
            try:
                child.rmdir()
                break
            except OSError:
                import time

                time.sleep(0.1)


@pytest.mark.parametrize(("command", "room_mb", "warned"), [
    ("timeline", 60, True), ("timeline", 100, False),  # a timeline's process reaches ~50-72 MB
    ("report", 100, True), ("report", 200, False),      # a report's ~113-131 MB
    ("scan", 60, True),
])
def test_less_memory_than_one_process_reaches_is_said(command: str, room_mb: int, warned: bool,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # below it the kernel may kill the run (exit 137, "Killed"): nothing dataexam could say afterwards
    from dataexam.cli import app

    monkeypatch.setattr(memory, "headroom", lambda: room_mb * MB)
    args = [command, str(FIXTURE)] + (["-o", os.devnull] if command == "timeline" else [])
    result = CliRunner().invoke(app, [*args, *(["-f", "json"] if command == "report" else [])])
    assert result.exit_code == 0, result.output
    said = f"the memory left (~{room_mb} MB, the least of the system's available memory and any container limit, " \
           "with what dataexam holds already) is less than the"
    assert (said in result.output.replace("\n", " ")) is warned


def test_batch_says_when_less_memory_is_left_than_it_needs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataexam.cli import app

    monkeypatch.setattr(memory, "headroom", lambda: 250 * MB)  # below ~120 MB for the main process + ~200 per worker
    donations = tmp_path / "donations"
    shutil.copytree(FIXTURE, donations / "p1")
    result = CliRunner().invoke(app, ["batch", str(donations), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    said = result.output.replace("\n", " ")
    assert "is less than the ~320 MB the batch's main process and one worker can reach" in said


# -- the sort's buffer where memory is tight ------------------------------------------------------------------------
def test_the_sort_buffer_shrinks_where_memory_is_tight() -> None:
    from dataexam.normalise import DEFAULT_SPILL_BYTES, MIN_SPILL_BYTES, spill_bytes_for

    assert spill_bytes_for(None) == DEFAULT_SPILL_BYTES  # unknown: as before
    assert spill_bytes_for(24_000 * MB) == DEFAULT_SPILL_BYTES
    assert spill_bytes_for(100 * MB) == DEFAULT_SPILL_BYTES  # (100 − 40) / 3 = 20 MB > 16 MiB
    assert spill_bytes_for(70 * MB) == 10 * MB
    assert spill_bytes_for(45 * MB) == spill_bytes_for(0) == MIN_SPILL_BYTES


def test_a_run_with_little_memory_left_sorts_in_smaller_runs_to_the_same_output(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataexam import api
    from dataexam.persona import export_paths, write_persona
    from dataexam.writers import jsonl_line

    paths = export_paths(write_persona(tmp_path / "p", seed=4, scale=1.5))
    outputs, runs = [], []
    for room in (24_000 * MB, 45 * MB):
        monkeypatch.setattr(api, "headroom", lambda room=room: room)
        stats = api.RunStats()
        outputs.append(b"".join(api.timeline_encoded(paths, jsonl_line, stats=stats, tmp_parent=str(tmp_path))))
        runs.append(stats.merge.runs_spilled)
    assert outputs[0] == outputs[1]
    assert runs[1] > runs[0] and runs[1] >= 2, runs  # 2 MiB runs where 16 MiB ones were
