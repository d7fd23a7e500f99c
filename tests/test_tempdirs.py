"""The run's private temporary folder: where it is made (on disk when /tmp is in memory), its lock, and
the sweep of folders a vanished process left behind (issue 16: flat memory on any machine)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from dataexam import tempdirs
from dataexam.tempdirs import LOCK_NAME, PrivateTempDir, default_parent, sweep_stale

# -- which file system a folder is on ---------------------------------------------------------------------------
_MOUNTS = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
23 22 0:21 / /tmp rw,nosuid,nodev shared:2 - tmpfs tmpfs rw,size=8g
24 23 8:2 / /tmp/on\\040disk rw,relatime shared:3 - ext4 /dev/sda2 rw
25 22 0:22 / /var/tmp rw - xfs /dev/sdb1 rw
"""


def test_memory_file_system(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    info = tmp_path / "mountinfo"
    info.write_text(_MOUNTS)
    monkeypatch.setattr(tempdirs, "_MOUNTINFO", str(info))
    assert tempdirs.memory_file_system("/tmp") == "tmpfs"
    assert tempdirs.memory_file_system("/tmp/dataexam-x/run") == "tmpfs"
    assert tempdirs.memory_file_system("/tmp/on disk/x") is None  # a disk mounted inside /tmp
    assert tempdirs.memory_file_system("/tmpfoo") is None  # "/tmp" is no prefix of "/tmpfoo"
    assert tempdirs.memory_file_system("/var/tmp") is None
    monkeypatch.setattr(tempdirs, "_MOUNTINFO", str(tmp_path / "none"))
    assert tempdirs.memory_file_system("/tmp") is None  # not Linux, or no /proc


# -- where the folder is made -----------------------------------------------------------------------------------
@pytest.fixture
def machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A system temporary folder (Python's tempfile default) and a /var/tmp, both under tmp_path; which of
    them is in memory is set per test through ``memory``; no TMPDIR, TEMP or TMP."""
    system, disk = tmp_path / "systmp", tmp_path / "vartmp"
    system.mkdir()
    disk.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(system))
    monkeypatch.setattr(tempdirs, "DISK_TEMP", str(disk))
    in_memory: set[str] = {str(system)}

    def memory_file_system(path: str) -> str | None:
        return "tmpfs" if any(path == m or path.startswith(m + os.sep) for m in in_memory) else None

    monkeypatch.setattr(tempdirs, "memory_file_system", memory_file_system)
    return {"system": system, "disk": disk, "in_memory": in_memory}  # type: ignore[dict-item]


def test_runs_go_to_var_tmp_when_tmp_is_in_memory(machine: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    assert default_parent() == str(machine["disk"])
    with PrivateTempDir() as tmp:
        assert Path(tmp.path).parent == machine["disk"] and tmp.parent == str(machine["disk"])
        assert oct(os.stat(tmp.path).st_mode & 0o777) == "0o700"
        _path, fh = tmp.new_file(".run")
        fh.close()
    assert not Path(tmp.path).exists()
    # the user's own choice is kept, in memory or not
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(machine["system"]))
        assert default_parent() is None
        monkeypatch.delenv(name)
    # a caller's folder is kept too
    with PrivateTempDir(str(machine["system"])) as tmp:
        assert Path(tmp.path).parent == machine["system"]


def test_system_folder_kept_when_on_disk_or_no_disk_folder(machine: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    machine["in_memory"].clear()  # /tmp on disk: Python's own choice
    assert default_parent() is None
    with PrivateTempDir() as tmp:
        assert Path(tmp.path).parent == machine["system"]
    machine["in_memory"].update({str(machine["system"]), str(machine["disk"])})  # /var/tmp in memory too
    assert default_parent() is None
    machine["in_memory"].discard(str(machine["disk"]))
    monkeypatch.setattr(tempdirs, "DISK_TEMP", str(machine["disk"] / "missing"))
    assert default_parent() is None
    not_a_folder = machine["disk"] / "file"
    not_a_folder.write_text("x")
    monkeypatch.setattr(tempdirs, "DISK_TEMP", str(not_a_folder))
    assert default_parent() is None
    if os.geteuid() != 0:  # root writes anywhere
        machine["disk"].chmod(0o500)
        try:
            monkeypatch.setattr(tempdirs, "DISK_TEMP", str(machine["disk"]))
            assert default_parent() is None
        finally:
            machine["disk"].chmod(0o700)


def test_a_run_spills_to_disk_and_is_not_warned(machine: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataexam import api, parallel
    from dataexam.persona import export_paths, write_persona

    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)
    monkeypatch.setattr(api, "memory_file_system", tempdirs.memory_file_system)
    paths = export_paths(write_persona(tmp_path / "p", seed=2, scale=0.1))
    for jobs in (1, 2):
        seen: set[str] = set()
        stats = api.RunStats()
        for _event in api.timeline(paths, stats=stats, spill_bytes=50_000, jobs=jobs):
            seen.update(os.listdir(machine["disk"]))
        assert stats.merge.spilled_bytes > 50_000
        assert any(name.startswith("dataexam-") for name in seen), jobs
        assert not any("in memory" in w for w in stats.warnings)
        assert os.listdir(machine["disk"]) == [] and os.listdir(machine["system"]) == []


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("in_memory", [True, False])
def test_runs_spilled_into_memory_are_warned_of(jobs: int, in_memory: bool, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # a folder the caller chose (or TMPDIR) that is in memory: used, and the run says what it cost
    from dataexam import api, parallel
    from dataexam.persona import export_paths, write_persona
    from dataexam.tempdirs import size_words

    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)
    seen: list[str] = []

    def file_system(path: str) -> str | None:
        seen.append(path)
        return "tmpfs" if in_memory else None

    monkeypatch.setattr(api, "memory_file_system", file_system)
    paths = export_paths(write_persona(tmp_path / "p", seed=2, scale=0.1))
    folder = tmp_path / "tmp"
    folder.mkdir()
    stats = api.RunStats()
    n = sum(1 for _ in api.timeline(paths, stats=stats, spill_bytes=50_000, tmp_parent=str(folder), jobs=jobs))
    assert n and stats.merge.spilled_bytes > 50_000
    # the warning gives every run written, the workers' last runs too (it gave the spilled ones only)
    assert stats.merge.run_bytes > stats.merge.spilled_bytes if jobs > 1 else stats.merge.run_bytes >= 50_000
    warned = [w for w in stats.warnings if "which is in memory (tmpfs)" in w]
    assert len(warned) == in_memory and seen[:1] == [str(folder)]  # (then /var/tmp, for its suggestion)
    if in_memory:
        assert f"temporary folder {folder}," in warned[0] and "TMPDIR" in warned[0]
        assert f"its {size_words(stats.merge.run_bytes)} of sorted runs" in warned[0]  # (a unit that shows it: INP57)
    # nothing spilled (the sort fit in memory): no question asked
    seen.clear()
    stats = api.RunStats()
    list(api.timeline(paths, stats=stats, tmp_parent=str(folder), jobs=1))
    assert stats.merge.spilled_bytes == 0 and not seen
    assert not any("in memory" in w for w in stats.warnings)


# -- the lock and the sweep ---------------------------------------------------------------------------------------
def _left_behind(parent: Path, name: str, lock: bool = True) -> Path:
    """A folder as a process that died with the machine leaves it: its lock file, held by nobody."""
    folder = parent / name
    folder.mkdir(mode=0o700)
    (folder / "00001.d.run").write_bytes(b"records")
    if lock:
        (folder / LOCK_NAME).write_bytes(b"")
    return folder


def test_sweep_removes_only_folders_nobody_holds(tmp_path: Path) -> None:
    stale = _left_behind(tmp_path, "dataexam-stale1")
    unlocked_old_version = _left_behind(tmp_path, "dataexam-nolock", lock=False)
    other_name = _left_behind(tmp_path, "elsewhere-x")
    target = _left_behind(tmp_path, "target")
    (tmp_path / "dataexam-link").symlink_to(target)
    (tmp_path / "dataexam-file").write_text("not a folder")
    fifo = tmp_path / "dataexam-fifo"  # a FIFO for a lock file: every later run waited on it (a fresh tester)
    fifo.mkdir()
    os.mkfifo(fifo / LOCK_NAME)
    linked = tmp_path / "dataexam-linked-lock"
    linked.mkdir()
    (linked / LOCK_NAME).symlink_to(target / LOCK_NAME)
    with PrivateTempDir(str(tmp_path)) as live:  # made after a sweep: the stale folder is gone already
        assert not stale.exists()
        assert (Path(live.path) / LOCK_NAME).exists() and not (Path(live.path) / (LOCK_NAME + ".new")).exists()
        again = _left_behind(tmp_path, "dataexam-stale2")
        assert sweep_stale(str(tmp_path)) == 1  # the live one's lock is held (even from this process)
        assert not again.exists() and Path(live.path).exists()
    assert unlocked_old_version.exists() and other_name.exists() and target.exists()
    assert fifo.exists() and linked.exists()
    assert (tmp_path / "dataexam-link").is_symlink() and (tmp_path / "dataexam-file").exists()
    assert sweep_stale(str(tmp_path / "missing")) == 0


def test_sweep_leaves_other_users_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = _left_behind(tmp_path, "dataexam-theirs")
    monkeypatch.setattr(os, "getuid", lambda: os.stat(stale).st_uid + 1)
    assert sweep_stale(str(tmp_path)) == 0 and stale.exists()


def test_a_live_run_in_another_process_is_not_swept(tmp_path: Path) -> None:
    script = textwrap.dedent("""
        import sys
        from dataexam.tempdirs import PrivateTempDir
        tmp = PrivateTempDir(sys.argv[1])
        print(tmp.path, flush=True)
        sys.stdin.read()
        tmp.close()
    """)
    child = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        live = Path(child.stdout.readline().strip())
        assert sweep_stale(str(tmp_path)) == 0 and live.exists()
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=30)
    assert not live.exists()
    # killed outright and its janitor stopped too (a power cut): the next run's sweep removes it
    child = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, start_new_session=True)
    assert child.stdout is not None
    live = Path(child.stdout.readline().strip())
    janitors = subprocess.run(["pgrep", "-f", f"dataexam-janitor {live}"], capture_output=True, text=True)
    for pid in janitors.stdout.split():
        os.kill(int(pid), 9)
    child.kill()
    child.wait(timeout=30)
    assert live.exists()
    with PrivateTempDir(str(tmp_path)):
        assert not live.exists()


@pytest.mark.skipif(shutil.which("unshare") is None or os.geteuid() != 0, reason="needs unshare and root (CI is root)")
def test_real_tmpfs_as_the_systems_temporary_folder(tmp_path: Path) -> None:
    # A machine whose /tmp is a tmpfs (Fedora, Arch, Debian 13): a real tmpfs, mounted in a mount namespace
    # of a child and made the child's system temporary folder (tempfile.tempdir, as /tmp would be with no
    # TMPDIR; mounting over /tmp itself would hide a checkout under /tmp). The sort's runs go to /var/tmp
    # (on disk here), and no warning.
    if tempdirs.memory_file_system("/var/tmp"):
        pytest.skip("/var/tmp is in memory on this machine")
    from dataexam.persona import export_paths, write_persona

    paths = export_paths(write_persona(tmp_path / "p", seed=2, scale=0.1))
    memory = tmp_path / "mem"
    memory.mkdir()
    script = textwrap.dedent("""
        import json, os, sys, tempfile
        tempfile.tempdir = sys.argv[1]
        from dataexam import api, tempdirs
        assert tempdirs.memory_file_system(sys.argv[1]) == "tmpfs"
        assert tempdirs.default_parent() == "/var/tmp", tempdirs.default_parent()
        before = set(os.listdir("/var/tmp"))
        stats = api.RunStats()
        seen = set()
        for _ in api.timeline(json.loads(sys.argv[2]), stats=stats, spill_bytes=50_000):
            seen.update(set(os.listdir("/var/tmp")) - before)
        assert stats.merge.spilled_bytes > 50_000
        assert any(n.startswith("dataexam-") for n in seen), seen
        assert not [w for w in stats.warnings if "in memory" in w], stats.warnings
        assert not (set(os.listdir("/var/tmp")) - before)
        assert os.listdir(sys.argv[1]) == []
        print("ok")
    """)
    env = {k: v for k, v in os.environ.items() if k not in ("TMPDIR", "TEMP", "TMP")}
    mount_then_run = 'mount -t tmpfs tmpfs "$1" && exec "$2" -c "$3" "$1" "$4"'
    run = subprocess.run(["unshare", "--mount", "sh", "-c", mount_then_run, "sh", str(memory), sys.executable, script,
                          json.dumps([str(p) for p in paths])], capture_output=True, text=True, timeout=300, env=env)
    if run.returncode != 0 and "mount" in run.stderr:
        pytest.skip(f"this machine does not let a test mount a tmpfs: {run.stderr.strip()[:200]}")
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ok"


# -- compressed runs: where room is short, or the folder is memory ------------------------------------------------
def _statvfs_with_free(free: int):  # type: ignore[no-untyped-def]
    real = os.statvfs

    def statvfs(path: str) -> os.statvfs_result:
        got = real(path)
        values = list(got)
        values[0] = values[1] = 4096  # f_bsize, f_frsize
        values[4] = free // 4096  # f_bavail
        return os.statvfs_result(values)

    return statvfs


def test_compress_runs_when_room_is_short_or_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempdirs, "memory_file_system", lambda path: None)
    monkeypatch.setattr(os, "statvfs", _statvfs_with_free(10 * 2**30))
    assert tempdirs.compress_runs(str(tmp_path), 2**30) is None  # 10 GB free for ~2.5 GB of runs
    monkeypatch.setattr(os, "statvfs", _statvfs_with_free(2 * 2**30))
    reason = tempdirs.compress_runs(str(tmp_path), 2**30)
    assert reason is not None and "2,147 MB free, less than the ~3,356 MB its runs may need" in reason  # MB: 10⁶ bytes
    monkeypatch.setattr(tempdirs, "memory_file_system", lambda path: "tmpfs")
    assert tempdirs.compress_runs(str(tmp_path), 0) == "in memory (tmpfs)"


@pytest.mark.parametrize("jobs", [1, 2])
def test_runs_compressed_for_want_of_room_give_the_same_timeline(jobs: int, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from dataexam import api, normalise, parallel
    from dataexam.persona import export_paths, write_persona
    from dataexam.writers import jsonl_line

    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)
    monkeypatch.setattr(tempdirs, "memory_file_system", lambda path: None)
    paths = export_paths(write_persona(tmp_path / "p", seed=2, scale=0.1))
    folder = tmp_path / "tmp"
    folder.mkdir()

    def timeline() -> tuple[list[bytes], api.RunStats, list[bool]]:
        stats = api.RunStats()
        flags: list[bool] = []
        out = []
        for payload in api.timeline_encoded(paths, jsonl_line, stats=stats, spill_bytes=50_000, tmp_parent=str(folder),
                                            jobs=jobs):
            if not flags:  # every run is written by now (this process's and the workers')
                runs = [p for p in folder.rglob("*.run")]
                flags = [bool(int.from_bytes(p.read_bytes()[:4], "little") & normalise._COMPRESSED) for p in runs]
            out.append(payload)
        return out, stats, flags

    plain, plain_stats, plain_flags = timeline()
    monkeypatch.setattr(os, "statvfs", _statvfs_with_free(1 << 20))  # 1 MB free
    packed, packed_stats, packed_flags = timeline()
    assert packed == plain
    assert plain_flags and not any(plain_flags) and packed_flags and all(packed_flags)
    assert packed_stats.merge.spilled_bytes * 2 < plain_stats.merge.spilled_bytes
    warned = [w for w in packed_stats.warnings if "runs were compressed" in w]
    assert len(warned) == 1 and "MB free, less than the" in warned[0] and str(folder) in warned[0]
    assert not any("compressed" in w for w in plain_stats.warnings)
    assert os.listdir(folder) == []


def test_compressed_and_plain_chunks_merge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a run file says chunk by chunk whether it is compressed: group merges of both kinds read alike
    from dataexam import normalise

    monkeypatch.setattr(normalise, "MAX_FAN_IN", 2)  # with spill_bytes=0 below: two runs at once, group merges

    entries = [(float(i), f"k{i:05d}", "notes.note", (0, "a", "m", i), b"x" * (i % 50)) for i in range(500)]
    paths = []
    for n, compress in enumerate((True, False, True, False)):
        path = tmp_path / f"{n}.run"
        with open(path, "wb") as fh:
            normalise._write_entries(fh, entries[n::4], compress)
        paths.append(str(path))
    assert list(normalise.merge_run_files(paths, spill_bytes=0)) == entries


@pytest.mark.skipif(shutil.which("unshare") is None or os.geteuid() != 0, reason="needs unshare and root (CI is root)")
def test_a_small_tmpfs_fits_the_compressed_runs(tmp_path: Path) -> None:
    # TMPDIR on a 1 MB tmpfs (mounted in a mount namespace of a child): ~1.7 MB of plain runs cannot be
    # written there (the run stops, naming the folder), the ~0.4 MB compressed ones can
    from dataexam.persona import export_paths, write_persona

    paths = export_paths(write_persona(tmp_path / "p", seed=2, scale=0.3))
    small = tmp_path / "small"
    small.mkdir()
    script = textwrap.dedent("""
        import json, os, sys
        from dataexam import api
        from dataexam.errors import TempSpaceFull
        paths = json.loads(sys.argv[1])
        stats = api.RunStats()
        n = sum(1 for _ in api.timeline(paths, stats=stats, spill_bytes=200_000))
        assert n > 3000 and 0 < stats.merge.spilled_bytes < 900_000, stats.merge.spilled_bytes
        assert [w for w in stats.warnings if "(compressed) took memory too" in w], stats.warnings
        api.compress_runs = lambda folder, size: None  # as before: plain runs
        try:
            sum(1 for _ in api.timeline(paths, spill_bytes=200_000))
        except TempSpaceFull as exc:
            assert os.environ["TMPDIR"] in str(exc), exc
            # a tmpfs is memory, not a disk: freeing disk space would not help
            assert "No space left on device: the tmpfs it is on, which keeps its files in memory, is full" \
                in str(exc), exc
        else:
            raise AssertionError("plain runs fitted")
        assert os.listdir(os.environ["TMPDIR"]) == []
        print("ok")
    """)
    mount_then_run = 'mount -t tmpfs -o size=1m tmpfs "$1" && exec "$2" -c "$3" "$4"'
    run = subprocess.run(["unshare", "--mount", "sh", "-c", mount_then_run,
                          "sh", str(small), sys.executable, script, json.dumps([str(p) for p in paths])],
                         capture_output=True, text=True, timeout=300, env={**os.environ, "TMPDIR": str(small)})
    if run.returncode != 0 and "mount" in run.stderr:
        pytest.skip(f"this machine does not let a test mount a tmpfs: {run.stderr.strip()[:200]}")
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ok"


# -- no temporary folder can be written (a read-only system) ------------------------------------------------------
def test_a_folder_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    from dataexam import api
    from dataexam.errors import TempFolderUnusable

    missing = tmp_path / "missing"
    with pytest.raises(TempFolderUnusable, match=f"the temporary folder {missing} cannot be written .No such file"):
        PrivateTempDir(str(missing))
    with pytest.raises(TempFolderUnusable, match=r"cannot be written .*; name a folder you can write to"):
        list(api.timeline([str(FIXTURE)], tmp_parent=str(missing)))


FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "twitter" / "current" / "archive"


@pytest.mark.skipif(shutil.which("unshare") is None or os.geteuid() != 0, reason="needs unshare and root (CI is root)")
def test_a_read_only_system(tmp_path: Path) -> None:
    # `docker run --read-only` without a tmpfs: no folder Python would use can be written. Emulated by the
    # whole file system bound read-only in a mount namespace of a child. A timeline or report that fits
    # the sort's memory needs no folder and is written to stdout as usual; one that outgrows it, and the
    # demo, say what is missing (they ended with "internal error (FileNotFoundError)").
    normal = subprocess.run([sys.executable, "-m", "dataexam", "timeline", str(FIXTURE), "-q"], capture_output=True,
                            timeout=120)
    assert normal.returncode == 0
    script = textwrap.dedent("""
        import subprocess, sys
        from dataexam import api
        from dataexam.errors import TempFolderUnusable
        fixture = sys.argv[1]
        def cli(*args):
            return subprocess.run([sys.executable, "-m", "dataexam", *args], capture_output=True, timeout=120)
        try:
            open("/tmp/probe", "w")
        except OSError:
            pass
        else:
            raise AssertionError("not read-only")
        timeline = cli("timeline", fixture, "-q")
        assert timeline.returncode == 0, timeline.stderr
        sys.stdout.buffer.write(timeline.stdout)
        report = cli("report", fixture, "-q", "-f", "json", "--jobs", "2")
        assert report.returncode == 0 and report.stdout.startswith(b"{"), report.stderr
        demo = cli("demo", "-q", "--no-report")
        assert demo.returncode == 1 and b"no temporary folder can be written" in demo.stderr, demo.stderr
        assert b"Traceback" not in demo.stderr and b"internal error" not in demo.stderr
        try:
            list(api.timeline([fixture], spill_bytes=1_000))
        except TempFolderUnusable as exc:
            assert "outgrew the sort's memory" in str(exc) and "set TMPDIR" in str(exc), exc
        else:
            raise AssertionError("no error")
    """)
    read_only = 'mount --bind / / && mount -o remount,bind,ro / && exec "$1" -c "$2" "$3"'
    env = {k: v for k, v in os.environ.items() if k not in ("TMPDIR", "TEMP", "TMP")}
    run = subprocess.run(["unshare", "--mount", "sh", "-c", read_only, "sh", sys.executable, script, str(FIXTURE)],
                         capture_output=True, timeout=300, env=env, cwd="/")
    if run.returncode != 0 and b"mount" in run.stderr:
        pytest.skip(f"this machine does not let a test bind its file system read-only: {run.stderr[:200]!r}")
    assert run.returncode == 0, run.stderr.decode()
    assert run.stdout == normal.stdout


def test_no_folder_for_the_workers_reads_in_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataexam import api, parallel
    from dataexam.errors import TempFolderUnusable
    from dataexam.persona import export_paths, write_persona

    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)
    paths = export_paths(write_persona(tmp_path / "p", seed=2, scale=0.1))
    expected = [e.key for e in api.timeline(paths, jobs=1)]

    def unusable(parent: str | None = None) -> PrivateTempDir:
        raise TempFolderUnusable("no temporary folder can be written")

    monkeypatch.setattr(api, "PrivateTempDir", unusable)
    stats = api.RunStats()
    assert [e.key for e in api.timeline(paths, stats=stats, jobs=2)] == expected
    assert [w for w in stats.warnings if "were read in one process" in w]
    monkeypatch.setattr(api, "MIN_OFFLOAD_COST", 0)  # the inference worker's folder cannot be made either
    monkeypatch.setattr(api, "default_jobs", lambda *_: 2)
    assert api.report(paths, jobs=2).to_dict()["findings"] == api.report(paths, jobs=1).to_dict()["findings"]


@pytest.mark.parametrize("kind", ["missing", "file", "full"])
def test_a_tmpdir_that_cannot_be_used_is_said(kind: str, machine: dict, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # Python passes over such a TMPDIR without a word and uses /tmp: in memory there, the runs took RAM.
    # "full": a folder on a disk with no room, which Python's own write test passed over for the system's
    # folder (the fixture's tempfile.tempdir stands for that choice); it was taken for usable.
    from dataexam import api

    bad = tmp_path / "bad"
    if kind == "file":
        bad.write_text("x")
    elif kind == "full":
        bad.mkdir()
    monkeypatch.setenv("TMPDIR", str(bad))
    assert tempdirs.named_by_user() == ("TMPDIR", str(bad), False)
    assert default_parent() == str(machine["disk"])  # as if unset: /tmp is in memory, /var/tmp on disk
    stats = api.RunStats()
    assert list(api.timeline([str(FIXTURE)], stats=stats))
    assert f"TMPDIR={bad} cannot be used (not a folder you can write to, or it is full): the temporary " \
           f"folder {machine['disk']} was used instead" in stats.warnings
    monkeypatch.setenv("TMPDIR", str(machine["system"]))  # a usable one is used as given, without a word
    assert tempdirs.named_by_user() == ("TMPDIR", str(machine["system"]), True) and default_parent() is None
    stats = api.RunStats()
    assert list(api.timeline([str(FIXTURE)], stats=stats)) and not stats.warnings


# -- partial outputs a power cut left beside an -o file -------------------------------------------------------------
def _part(folder: Path, name: str, age: float = 3600) -> Path:
    path = folder / name
    path.write_bytes(b"half a timeline of someone's records")
    os.utime(path, (path.stat().st_atime - age, path.stat().st_mtime - age))
    return path


def test_stale_partial_outputs_are_removed_when_that_output_is_written(tmp_path: Path) -> None:
    # the fresh tester: a power cut 5 s into `timeline … -o k.jsonl` left `.k.jsonl.<rand>.part`, 115 MB of
    # the timeline, 0600, which no later run removed (a kill is the janitor's; a power cut was nobody's)
    stale = _part(tmp_path, ".k.jsonl.ab12cd_9.part")
    fresh = _part(tmp_path, ".k.jsonl.zz99zz99.part", age=5)  # being written now, maybe by an older version
    others = [_part(tmp_path, n) for n in (".other.jsonl.ab12cd34.part", ".k.jsonl.part", "k.jsonl.ab12cd34.part",
                                            ".k.jsonl.AB12CD34.part", ".k.jsonl.ab12cd345.part")]
    dest = tmp_path / "k.jsonl"
    run = subprocess.run([sys.executable, "-m", "dataexam", "timeline", str(FIXTURE), "-q", "-o", str(dest)],
                         capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert dest.exists() and not stale.exists()
    assert fresh.exists() and all(p.exists() for p in others)


def test_a_partial_output_being_written_is_left(tmp_path: Path) -> None:
    script = textwrap.dedent("""
        import sys
        from pathlib import Path
        from dataexam.writers import private_output
        with private_output(Path(sys.argv[1])) as fh:
            fh.write("{}"); fh.flush()
            print("writing", flush=True)
            sys.stdin.read()
    """)
    child = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "k.jsonl")], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "writing"
        (part,) = tmp_path.glob(".k.jsonl.*.part")
        os.utime(part, (0, 0))  # as old as can be: only its lock tells that it is alive
        assert tempdirs.sweep_stale_parts(str(tmp_path), "k.jsonl") == 0 and part.exists()
    finally:
        assert child.stdin is not None
        child.stdin.close()
        assert child.wait(timeout=30) == 0
    assert (tmp_path / "k.jsonl").read_text() == "{}" and not list(tmp_path.glob(".k.jsonl.*.part"))


def test_another_users_partial_output_is_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = _part(tmp_path, ".k.jsonl.ab12cd34.part")
    monkeypatch.setattr(os, "getuid", lambda: stale.stat().st_uid + 1)
    assert tempdirs.sweep_stale_parts(str(tmp_path), "k.jsonl") == 0 and stale.exists()
