"""Parallel parse (issue 16): ``--jobs 2`` gives byte-identical output to ``--jobs 1``.

Each export is read in a spawned worker that writes sorted runs into the run's private temporary
folder; the main process merges them (:mod:`dataexam.parallel`). Checked on a persona's six exports
and on every fixture export, for JSON Lines, CSV, SQLite rows, Event-yielding ``timeline()`` and the
report's JSON (apart from ``generated_at``), with parse issues and merge counters reaching the
main process's RunStats; an interrupted parallel run leaves no output and no temporary folder.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import loky
import pytest
from test_interrupt import _env, _wait_until_mid_run, big_twitter_archive, interruptible

from dataexam import api, parallel
from dataexam.errors import ExitCode
from dataexam.writers import jsonl_line, sqlite_row

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_EXPORTS = sorted(p for p in (ROOT / "fixtures").glob("*/*/archive")
                         if p.is_dir() and "html-export" not in p.parts)


@pytest.fixture(scope="module")
def persona(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    from dataexam.persona import export_paths, write_persona

    return export_paths(write_persona(tmp_path_factory.mktemp("persona") / "p", seed=7, scale=0.2))


@pytest.fixture(autouse=True)
def _parallel_even_when_small(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test inputs are small: share them out anyway (the real threshold saves a worker's start-up)."""
    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)


@pytest.fixture(scope="module")
def persona_over_threshold(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A persona big enough for the CLI (a separate process) to share it out by itself."""
    from dataexam.persona import export_paths, write_persona

    paths = export_paths(write_persona(tmp_path_factory.mktemp("persona-big") / "p", seed=7, scale=1.0))
    exports = api.open_exports(paths)
    try:
        assert sum(sum(parallel.member_costs(e)) for e in exports) > parallel.MIN_PARALLEL_COST
    finally:
        api.close_exports(exports)
    return paths


def _run(paths: list[Path], encode: object, jobs: int, **kw: object) -> tuple[list[bytes], api.RunStats]:
    stats = api.RunStats()
    rows = list(api.timeline_encoded(paths, encode, stats=stats, jobs=jobs, **kw))  # type: ignore[arg-type]
    return rows, stats


def _same_stats(a: api.RunStats, b: api.RunStats) -> None:
    assert a.issue_count == b.issue_count
    assert a.issues == b.issues
    assert a.issue_summary == b.issue_summary
    assert a.kinds == b.kinds
    assert (a.merge.events_in, a.merge.events_out, a.merge.duplicates, a.merge.undated, a.merge.duplicate_kinds) == (
        b.merge.events_in, b.merge.events_out, b.merge.duplicates, b.merge.undated, b.merge.duplicate_kinds)


@pytest.mark.parametrize("encode", [jsonl_line, sqlite_row], ids=["jsonl", "sqlite-row"])
def test_persona_rows_identical(persona: list[Path], encode: object) -> None:
    one, s1 = _run(persona, encode, 1)
    two, s2 = _run(persona, encode, 2)
    assert len(one) > 1000
    assert one == two
    _same_stats(s1, s2)


def test_small_spill_many_runs_identical(persona: list[Path], tmp_path: Path) -> None:
    """Runs spilled to disk in every worker (a tiny sort buffer) merge to the same bytes."""
    one, _ = _run(persona, jsonl_line, 1, spill_bytes=64 * 1024)
    two, s2 = _run(persona, jsonl_line, 2, spill_bytes=64 * 1024, tmp_parent=str(tmp_path))
    assert one == two
    assert s2.merge.runs_spilled > 0
    assert list(tmp_path.iterdir()) == []  # the private folder (and every worker's run) is gone


def test_fixture_exports_identical_with_issues() -> None:
    one, s1 = _run(FIXTURE_EXPORTS, jsonl_line, 1, per_account=True)
    two, s2 = _run(FIXTURE_EXPORTS, jsonl_line, 2, per_account=True)
    assert one == two
    _same_stats(s1, s2)
    assert s1.issue_count > 0  # the fixtures hold damaged and unknown files: their issues come back


def test_events_identical(persona: list[Path]) -> None:
    assert list(api.timeline(persona, jobs=1)) == list(api.timeline(persona, jobs=2))


def test_kind_filter_in_workers(persona: list[Path]) -> None:
    kinds = ["twitter.like,amazon.*"]
    assert _run(persona, jsonl_line, 2, kinds=kinds)[0] == _run(persona, jsonl_line, 1, kinds=kinds)[0]


def test_one_export_or_a_local_encoder_stays_in_process(persona: list[Path]) -> None:
    exports = api.open_exports(persona)
    try:
        assert parallel.can_run(exports, jsonl_line, 2)
        assert not parallel.can_run(exports, jsonl_line, 1)
        assert not parallel.can_run(exports, lambda e: b"", 2)
    finally:
        api.close_exports(exports)


def test_little_work_stays_in_process(persona: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Below MIN_PARALLEL_COST a worker's start-up would cost more than it saves."""
    exports = api.open_exports(persona)
    try:
        cost = sum(sum(parallel.member_costs(e)) for e in exports)
        monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", cost + 1)
        assert not parallel.can_run(exports, jsonl_line, 2)
        monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", cost)
        assert parallel.can_run(exports, jsonl_line, 2)
    finally:
        api.close_exports(exports)


def test_an_export_no_parser_may_split_stays_whole(persona: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    exports = api.open_exports(persona)
    try:
        one = [e for e in exports if e.parser.name == "twitter"][:1]
        assert parallel.can_run(one, jsonl_line, 2)  # X opts in: its members are shared out
        monkeypatch.setattr(type(one[0].parser), "member_split", False)
        assert not parallel.can_run(one, jsonl_line, 2)  # a plugin that did not opt in is read whole
    finally:
        api.close_exports(exports)


def test_plan_cuts_big_exports_into_member_pieces() -> None:
    # export 0: one big splittable export of 8 members; 1: a small one; 2: big but not splittable
    costs = [[10.0] * 8, [5.0], [40.0, 1.0]]
    parts = parallel.plan(costs, [True, True, False], 2)
    seen: dict[int, list[int]] = {}
    cost = []
    for e, members, slices in parts:
        assert slices == {}  # no member may be sliced (sliceable not given)
        seen.setdefault(e, []).extend(range(len(costs[e])) if members is None else sorted(members))
        cost.append(sum(costs[e]) if members is None else sum(costs[e][i] for i in members))
    assert {e: sorted(m) for e, m in seen.items()} == {0: list(range(8)), 1: [0], 2: [0, 1]}  # each member once
    # export 0 is cut into pieces of at most a quarter of one process's work (126 / 2 / 4)
    assert all(m is not None and c <= 126 / 8 for (e, m, _s), c in zip(parts, cost, strict=True) if e == 0)
    assert all(m is None for e, m, _s in parts if e != 0)  # export 2 (not splittable) and 1 (small) whole
    assert cost == sorted(cost, reverse=True)  # claimed costliest first
    # one process: nothing is cut
    assert parallel.plan(costs, [True, True, False], 1) == [(0, None, {}), (2, None, {}), (1, None, {})]


def test_one_facebook_export_is_shared_out_byte_identically(persona: list[Path]) -> None:
    """The common case, one person's one big download, keeps both processes busy."""
    fb = [p for p in persona if "facebook-2024" in str(p)]
    assert fb
    exports = api.open_exports(fb)
    try:
        parts = parallel.plan([parallel.member_costs(e) for e in exports],
                              [e.parser.member_split for e in exports], 2)
    finally:
        api.close_exports(exports)
    assert len(parts) >= 2 and all(m is not None for _e, m, _s in parts)
    for encode in (jsonl_line, sqlite_row):
        one, s1 = _run(fb, encode, 1)
        two, s2 = _run(fb, encode, 2)
        assert len(one) > 500 and one == two
        _same_stats(s1, s2)


def test_parts_are_claimed_by_whichever_process_is_free(persona: list[Path],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts are claimed, not dealt out: while the main process is slow (here: 1 s per part), the
    worker takes the other parts; every part is read exactly once and the output is one process's."""
    import time

    fb = [p for p in persona if "facebook-2024" in str(p)]
    mine: list[tuple[int, int, int]] = []
    theirs: list[int] = []
    real_parse, real_worker = parallel._parse_export, parallel.Worker

    def slow(export, task):  # type: ignore[no-untyped-def]
        time.sleep(1.0)
        mine.append((task.index, *parallel._part_key(task.members, task.slices)))
        return real_parse(export, task)

    class Spy(real_worker):  # type: ignore[misc, valid-type]
        def result(self):  # type: ignore[no-untyped-def]
            out = super().result()
            theirs.extend(n for n, _result in out)
            return out

    monkeypatch.setattr(parallel, "_parse_export", slow)
    monkeypatch.setattr(parallel, "Worker", Spy)
    two, s2 = _run(fb, jsonl_line, 2)
    exports = api.open_exports(fb)
    try:
        parts = parallel.plan([parallel.member_costs(e) for e in exports], [e.parser.member_split for e in exports],
                              2, [parallel.member_sliceable(e) for e in exports])
    finally:
        api.close_exports(exports)
    assert len(parts) >= 3
    # the main process took the costliest part and was still on its first or second when the worker
    # had read the rest (fixed shares would have left it about half of them)
    assert mine and len(theirs) > len(parts) / 2 + 1
    keys = [(e, *parallel._part_key(m, sl)) for e, m, sl in parts]
    assert sorted(mine + [keys[n] for n in theirs]) == sorted(keys)  # each part once
    monkeypatch.setattr(parallel, "_parse_export", real_parse)
    one, s1 = _run(fb, jsonl_line, 1)
    assert one == two
    _same_stats(s1, s2)


def test_a_part_is_claimed_once(persona: list[Path], tmp_path: Path) -> None:
    """A worker that finds every part claimed already (it started after the main process had taken
    them all) reads nothing and returns nothing."""
    exports = api.open_exports(persona[:1])
    try:
        spec, index = exports[0].reopen  # type: ignore[misc]
        task = parallel._Task(spec, index, exports[0].name, None, None, None, jsonl_line, str(tmp_path), 1 << 20)
    finally:
        api.close_exports(exports)
    assert parallel._claim(task, 0)
    assert not parallel._claim(task, 0)
    assert parallel._parse_many([task]) == []
    assert oct((tmp_path / "claim-0-00000").stat().st_mode & 0o777) == "0o600"
    assert parallel._claim(task, 1) and list(tmp_path.glob("w*")) == []  # nothing was parsed


def test_issues_of_a_split_export_are_reported_once(tmp_path: Path) -> None:
    """Damaged members in both halves of one export: each issue comes back exactly once, from the
    part that read its member; archive-level ones from the first part."""
    import shutil

    src = ROOT / "fixtures" / "facebook" / "2024-25" / "archive"
    if not src.is_dir():
        src = next(p for p in FIXTURE_EXPORTS if "facebook" in p.parts)
    root = tmp_path / "facebook-export"
    shutil.copytree(src, root)
    jsons = sorted(root.rglob("*.json"))
    for victim in (jsons[0], jsons[len(jsons) // 2], jsons[-1]):
        victim.write_bytes(victim.read_bytes()[: max(1, victim.stat().st_size // 2)])  # truncated JSON
    (root / "stray-unknown-file.json").write_text("[]")
    one, s1 = _run([root], jsonl_line, 1)
    two, s2 = _run([root], jsonl_line, 2)
    assert one == two
    assert s1.issue_count >= 3
    assert s1.issues == s2.issues  # the same issues in the same order (by member), whatever --jobs
    assert s1.issue_count == s2.issue_count and s1.issue_summary == s2.issue_summary


def test_kept_issues_of_a_split_export_are_the_first_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Over the kept-issue cap, the kept ones (and so the explanation texts) are those of one process."""
    import shutil

    src = ROOT / "fixtures" / "facebook" / "2024-25" / "archive"
    root = tmp_path / "facebook-export"
    shutil.copytree(src, root)
    for victim in sorted(root.rglob("*.json")):
        victim.write_bytes(b"[" + b"1," * 40 + b"2]")  # every file: records of the wrong shape
    monkeypatch.setattr(api, "MAX_KEPT_ISSUES", 7)
    _one, s1 = _run([root], jsonl_line, 1)
    _two, s2 = _run([root], jsonl_line, 2)
    assert s1.issue_count > 7 and len(s1.issues) == 7
    assert s1.issues == s2.issues and s1.issue_summary == s2.issue_summary and s1.issue_count == s2.issue_count


def test_jobs_beyond_the_cpus_start_no_more_processes(persona: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[str] = []
    real = parallel.Worker

    def counting(*args, **kw):  # type: ignore[no-untyped-def]
        started.append(args[3])
        return real(*args, **kw)

    monkeypatch.setattr(parallel, "Worker", counting)
    monkeypatch.setattr(parallel, "default_jobs", lambda *_: 2)
    rows, _ = _run(persona, jsonl_line, 64)
    assert len(started) == 1  # 2 CPUs: the main process and one worker, not 63 interpreters
    assert rows == _run(persona, jsonl_line, 1)[0]


def test_a_killed_worker_is_a_clear_error(persona: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataexam.errors import WorkerFailed

    class Dying(parallel.Worker):
        def result(self):  # type: ignore[no-untyped-def]
            self.kill()
            return super().result()

    monkeypatch.setattr(parallel, "Worker", Dying)
    with pytest.raises(WorkerFailed, match="without a result"):
        _run(persona, jsonl_line, 2, tmp_parent=str(tmp_path))
    assert list(tmp_path.iterdir()) == []


def test_default_jobs_is_the_cpu_count(monkeypatch: pytest.MonkeyPatch) -> None:
    from dataexam import memory

    monkeypatch.setattr(memory, "headroom", lambda: None)  # memory is tests/test_memory.py's
    assert parallel.default_jobs() == min(len(os.sched_getaffinity(0)), loky.cpu_count())


def test_default_jobs_and_batch_workers_follow_a_cpu_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    from dataexam.batch import default_workers

    monkeypatch.setenv("LOKY_MAX_CPU_COUNT", "1")  # loky's own cap, as a user or a scheduler sets it
    assert parallel.default_jobs() == 1
    assert default_workers() == 1


@pytest.mark.parametrize("value", ["abc", "0.5", ""])
def test_a_cpu_cap_that_is_no_number_is_a_usage_problem(value: str, monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    from dataexam.errors import UsageProblem

    monkeypatch.setenv("LOKY_MAX_CPU_COUNT", value)
    with pytest.raises(UsageProblem, match=r"LOKY_MAX_CPU_COUNT=.* is not a whole number of CPUs"):
        parallel.default_jobs()
    run = subprocess.run([sys.executable, "-m", "dataexam", "timeline", str(FIXTURE_EXPORTS[0]), "-q"],
                         capture_output=True, text=True, env={**os.environ, "LOKY_MAX_CPU_COUNT": value}, timeout=120)
    assert run.returncode == 2 and "is not a whole number of CPUs" in run.stderr, run.stderr
    for command in ("timeline", "report"):  # one process never needs the count
        run = subprocess.run([sys.executable, "-m", "dataexam", command, str(FIXTURE_EXPORTS[0]), "-q", "--jobs", "1"],
                             capture_output=True, text=True, env={**os.environ, "LOKY_MAX_CPU_COUNT": value},
                             timeout=120)
        assert run.returncode == 0, (command, run.stderr)


# a container's view of its CPU quota: cgroup v2's cpu.max, else v1's cpu.cfs_quota_us (period 100 ms)
_QUOTA_FILES = (("/sys/fs/cgroup/cpu.max", "100000 100000\n"), ("/sys/fs/cgroup/cpu/cpu.cfs_quota_us", "100000\n"))


def test_default_jobs_follow_a_containers_cpu_quota(tmp_path: Path) -> None:
    # Docker --cpus=1 / a Kubernetes limit of 1 CPU: the affinity still lists every CPU of the host, the
    # quota file says 1. Emulated by mounting such a file over this machine's own, in a mount namespace
    # of a child process (root and unshare needed: CI runs as root; elsewhere it cannot be set up).
    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one CPU: a quota of one changes nothing")
    target = next(((path, text) for path, text in _QUOTA_FILES if os.path.exists(path)), None)
    if target is None or shutil.which("unshare") is None or os.geteuid() != 0:
        pytest.skip("no cgroup CPU quota file to stand in for, or not root")
    fake = tmp_path / "quota"
    fake.write_text(target[1])
    script = ("from dataexam.batch import default_workers; from dataexam.parallel import default_jobs; "
              "print(default_jobs(), default_workers())")
    run = subprocess.run(["unshare", "--mount", "sh", "-c", 'mount --bind "$1" "$2" && exec "$3" -c "$4"', "sh",
                          str(fake), target[0], sys.executable, script], capture_output=True, text=True, timeout=60)
    if run.returncode != 0 and "mount" in run.stderr:
        pytest.skip(f"this machine does not let a test mount over its cgroup files: {run.stderr.strip()[:200]}")
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["1", "1"]


def _cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "dataexam", *args], cwd=cwd, capture_output=True, timeout=600)


@pytest.mark.slow
def test_cli_outputs_identical(persona_over_threshold: list[Path], tmp_path: Path) -> None:
    inputs = [str(p) for p in persona_over_threshold]
    for out in ("t.jsonl", "t.csv"):
        for jobs in ("1", "2"):
            proc = _cli(["timeline", *inputs, "--jobs", jobs, "-q", "-o", f"{jobs}{out}"], tmp_path)
            assert proc.returncode == 0, proc.stderr.decode()[-2000:]
        assert (tmp_path / f"1{out}").read_bytes() == (tmp_path / f"2{out}").read_bytes()
    reports = []
    for jobs in ("1", "2"):
        proc = _cli(["report", *inputs, "--jobs", jobs, "-q", "-f", "json", "-o", f"r{jobs}.json"], tmp_path)
        assert proc.returncode == 0, proc.stderr.decode()[-2000:]
        data = json.loads((tmp_path / f"r{jobs}.json").read_text(encoding="utf-8"))
        data.pop("generated_at", None)
        reports.append(data)
    assert reports[0] == reports[1]


@pytest.fixture(scope="module")
def two_big_archives(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("big-pair")
    return (big_twitter_archive(root / "a" / "twitter-archive"), big_twitter_archive(root / "b" / "twitter-archive"))


@pytest.mark.slow
@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, ExitCode.INTERRUPTED),
                                           (signal.SIGTERM, ExitCode.TERMINATED)], ids=["SIGINT", "SIGTERM"])
def test_interrupted_parallel_run_leaves_nothing(two_big_archives: tuple[Path, Path], tmp_path: Path,
                                                 sig: signal.Signals, code: ExitCode) -> None:
    a, b = two_big_archives
    tmpdir, work = tmp_path / "tmp", tmp_path / "work"
    tmpdir.mkdir()
    work.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "dataexam", "timeline", str(a), str(b), "--jobs", "2",
                             "-o", "out.jsonl"], cwd=work, env=_env(tmpdir), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, preexec_fn=interruptible)
    _wait_until_mid_run(proc, tmpdir)
    proc.send_signal(sig)  # to the main process only: it must end its workers itself
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err.decode()[-2000:]
    assert b"Traceback" not in err
    assert list(work.iterdir()) == []
    assert list(tmpdir.iterdir()) == []


def test_scan_identical(persona: list[Path]) -> None:
    one = [r.to_dict() for r in api.scan(persona, jobs=1)]
    two = [r.to_dict() for r in api.scan(persona, jobs=2)]
    assert one == two
    assert sum(sum(r["records"].values()) for r in one) > 1000


def test_issues_fold_like_a_single_process_run() -> None:
    """Each share caps its kept issues like a run does; folded in export order, the run keeps the
    same first MAX_KEPT_ISSUES issues and counts and summarises every one."""
    from collections import Counter

    def issue(member: str, n: int) -> api.ParseIssue:
        return api.ParseIssue(archive="a", member=member, code="bad-record", message="m", position=f"record {n}")

    per_export = [[issue("x.js", n) for n in range(1500)], [issue("y.js", n) for n in range(700)]]
    single = api.RunStats()
    for issues in per_export:
        for i in issues:
            single.add_issue(i)
    results = []
    for issues in per_export:
        share = api.RunStats()
        for i in issues:
            share.add_issue(i)
        results.append(parallel._Result([], [], share.issues, share.issue_count, share.issue_summary, 0))
    folded = api.RunStats()
    parallel._fold(results, folded)
    assert folded.issues == single.issues and len(folded.issues) == api.MAX_KEPT_ISSUES
    assert folded.issue_count == single.issue_count == 2200
    assert folded.issue_summary == single.issue_summary == Counter({("x.js", "bad-record"): 1500,
                                                                    ("y.js", "bad-record"): 700})


def test_shares_balance_bytes() -> None:
    assert parallel._shares([10, 1, 1, 8], 2) == [[0], [1, 2, 3]]
    assert parallel._shares([5, 5], 4) == [[0], [1]]


def test_a_failing_worker_ends_the_run_cleanly(tmp_path: Path) -> None:
    """An input that vanishes between opening and a worker's re-opening: the worker's error reaches
    the caller (no hang) and the private temporary folder is removed."""
    import shutil

    src = ROOT / "fixtures" / "twitter" / "current" / "archive"
    a, b = tmp_path / "in" / "a", tmp_path / "in" / "b"
    shutil.copytree(src, a)
    shutil.copytree(ROOT / "fixtures" / "amazon" / "legacy" / "archive", b)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    exports = api.open_exports([a, b], per_account=True)
    assert len(exports) == 2
    big = max(range(2), key=lambda i: sum(m.size for m in exports[i].archive.members()))
    # the smaller export goes to the worker (the main process reads the largest share itself)
    shutil.rmtree(b if big == 0 else a)
    with pytest.raises(Exception):  # noqa: B017 - whichever error re-opening the vanished input raises
        list(api.timeline_encoded((), jsonl_line, exports=exports, jobs=2, tmp_parent=str(tmp)))
    assert list(tmp.iterdir()) == []


def test_an_encoder_from_the_callers_script_stays_in_process(persona: list[Path]) -> None:
    """A worker is a fresh interpreter: a function of the caller's ``__main__`` cannot be imported
    there, so such a run stays in one process instead of failing."""
    def local_encode(event: object) -> bytes:
        return b""

    local_encode.__module__ = "__main__"
    exports = api.open_exports(persona)
    try:
        assert not parallel.can_run(exports, local_encode, 2)
    finally:
        api.close_exports(exports)


def test_a_script_without_main_guard_runs_in_parallel(persona: list[Path], tmp_path: Path) -> None:
    """No ``if __name__ == "__main__":`` needed: workers never import the script."""
    script = tmp_path / "s.py"
    script.write_text(
        "import sys\n"
        "from dataexam import api, parallel\n"
        "from dataexam.writers import jsonl_line\n"
        "parallel.MIN_PARALLEL_COST = 0\n"
        "stats = api.RunStats()\n"
        "rows = list(api.timeline_encoded(sys.argv[1:], jsonl_line, stats=stats, jobs=2))\n"
        "print(len(rows))\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), *map(str, persona)], capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    assert int(proc.stdout) == len(_run(persona, jsonl_line, 1)[0])


# -- one big file cut between processes (dataexam.arrayslice) ------------------------------------------------

def _x_archive(root: Path, n: int = 3000, damage: bytes | None = None) -> Path:
    """An X archive whose tweets.js is big enough to be cut; every 500th tweet lacks its id (a bad
    record in every slice); ``damage`` replaces the file's last 200 bytes, or is spliced in the middle."""
    big_twitter_archive(root, n)
    tweets = root / "data" / "tweets.js"
    data = tweets.read_bytes().replace(b'"id": "1000000000000000500", "id_str": "1000000000000000500"', b'"x": 1')
    data = data.replace(b'"id": "1000000000000002500", "id_str": "1000000000000002500"', b'"x": 2')
    if damage == b"truncated":
        data = data[:-200]
    elif damage is not None:
        middle = len(data) // 3
        at = data.index(b'"full_text": "fictional', middle) + len(b'"full_text": "')
        data = data[:at] + damage + data[at:]
    tweets.write_bytes(data)
    (root / "data" / "like.js").write_text('window.YTD.like.part0 = [ {"like": {"tweetId": "7"}} ]')
    return root


def _spy_slices(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each parallel parse's slices joined up (appended per parse; a fallback adds a second parse)."""
    seen: list[bool] = []
    real = parallel._all_slices_join_up

    def spy(results):  # type: ignore[no-untyped-def]
        ok = real(results)
        if any(r.slices for r in results.values()):
            seen.append(ok)
        return ok

    monkeypatch.setattr(parallel, "_all_slices_join_up", spy)
    return seen


def test_plan_cuts_one_big_file_into_slices() -> None:
    costs = [[100.0, 1.0, 1.0]]
    parts = parallel.plan(costs, [True], 2, [[True, False, False]])
    assert sorted(k for _e, _m, sl in parts for ks in sl.values() for k, _m2 in ks) == [0, 1]
    assert parts[:2] == [(0, frozenset(), {0: ((0, 2),)}), (0, frozenset(), {0: ((1, 2),)})]  # costliest first
    assert sorted(i for _e, m, _s in parts for i in m or ()) == [1, 2]
    # not sliceable: the big member stays one piece
    assert all(not sl for _e, _m, sl in parallel.plan(costs, [True], 2, [[False] * 3]))
    # one process: nothing is cut
    assert parallel.plan(costs, [True], 1, [[True, False, False]]) == [(0, None, {})]


def test_one_big_tweets_file_is_read_by_two_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _x_archive(tmp_path / "x")
    seen = _spy_slices(monkeypatch)
    for encode in (jsonl_line, sqlite_row):
        one, s1 = _run([root], encode, 1)
        two, s2 = _run([root], encode, 2)
        assert len(one) == 3000 - 2 + 1 and one == two
        _same_stats(s1, s2)
        # the two bad records, one per slice, in file order, at the file's record numbers
        assert [(i.code, i.position) for i in s2.issues] == [("bad-record", "record 500"),
                                                             ("bad-record", "record 2500")]
    assert seen == [True, True]  # each run was cut, and its slices joined up (no second pass)


@pytest.mark.parametrize("damage", [b"truncated", b'broken" json'], ids=["truncated", "bad-json-mid-file"])
def test_a_damaged_big_file_is_read_again_in_one_piece(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       damage: bytes) -> None:
    """A fault whose position or count would be the slice's, not the file's: the parse is redone
    without cutting, so the output and the issues are exactly one process's."""
    root = _x_archive(tmp_path / "x", damage=damage)
    seen = _spy_slices(monkeypatch)
    (tmp_path / "tmp").mkdir()
    one, s1 = _run([root], jsonl_line, 1)
    two, s2 = _run([root], jsonl_line, 2, tmp_parent=str(tmp_path / "tmp"))
    assert one == two and len(one) > 100
    _same_stats(s1, s2)
    assert any(i.code != "bad-record" for i in s2.issues)
    assert seen == [False]  # cut once, did not join up, read again whole
    assert list((tmp_path / "tmp").iterdir()) == []  # the first pass's runs and the folder are gone


def test_lone_surrogates_in_a_cut_file_are_counted_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Repaired escapes in both slices: one bad-escape issue for the file, with the file's count and
    first offset (the last slice's process reads every byte), after the file's bad records."""
    root = _x_archive(tmp_path / "x")
    tweets = root / "data" / "tweets.js"
    data = tweets.read_bytes()
    for fraction in (4, 2, 1):  # before, around and after the cut
        at = data.index(b'"full_text": "fictional', len(data) * (fraction - 1) // 4 + 1) + len(b'"full_text": "')
        data = data[:at] + b"\\ud83d cut emoji " + data[at:]
    tweets.write_bytes(data)
    seen = _spy_slices(monkeypatch)
    one, s1 = _run([root], jsonl_line, 1)
    two, s2 = _run([root], jsonl_line, 2)
    assert one == two
    _same_stats(s1, s2)
    assert [i.code for i in s2.issues] == ["bad-record", "bad-record", "bad-escape"]
    assert "3 " in s2.issues[-1].message
    assert seen == [True]  # no second pass


def test_slices_join_up_only_when_they_meet() -> None:
    from dataexam.arrayslice import SliceReport
    from dataexam.parser import SliceRead

    def read(k: int, start: int | None, end: int | None, first: int | None, items: int, clean: bool = True,
             m: int = 2) -> SliceRead:
        return SliceRead(3, SliceReport(k, m, True, start, end, first), items, clean)

    assert parallel.slices_join_up([read(1, 100, None, 10, 5), read(0, None, 100, 0, 10)])
    assert not parallel.slices_join_up([read(0, None, 100, 0, 10), read(1, 100, None, 9, 5)])  # counts differ
    assert not parallel.slices_join_up([read(0, None, 100, 0, 10), read(1, 101, None, 10, 5)])  # cuts differ
    assert not parallel.slices_join_up([read(0, None, 100, 0, 10, clean=False), read(1, 100, None, 10, 5)])
    assert not parallel.slices_join_up([read(0, None, 100, 0, 10)])  # a slice is missing
    # the array ended before slice 1's cut: slice 0 read to the end
    assert parallel.slices_join_up([read(0, None, None, 0, 3), read(1, None, None, None, 0)])
    assert not parallel.slices_join_up([read(0, None, 100, 0, 3), read(1, None, None, None, 0)])
    # an empty middle slice (two cuts at one comma)
    assert parallel.slices_join_up([read(0, None, 50, 0, 4, m=3), read(1, 50, 50, 4, 0, m=3),
                                    read(2, 50, None, 4, 6, m=3)])
    # a slice after a cut with no item: the cut was a trailing comma (`…}, ]`)
    assert not parallel.slices_join_up([read(0, None, 100, 0, 10), read(1, 100, None, 10, 0)])
    assert not parallel.slices_join_up([read(0, None, 50, 0, 4, m=3), read(1, 50, None, 4, 0, m=3),
                                        read(2, None, None, None, 0, m=3)])


def test_a_trailing_comma_where_a_cut_falls_is_reported_as_in_one_process(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """``…}, ]``: a last tweet long enough to hold the nominal cut puts the cut on the trailing comma; slice
    0 (``[…]``) and slice 1 (``[ ]``) each parsed and the counts added up, so ``--jobs 2`` reported nothing
    where one process reports bad JSON (a fresh tester's case). Read again in one piece: same issue."""
    root = _x_archive(tmp_path / "x")
    tweets = root / "data" / "tweets.js"
    data = tweets.read_bytes()
    end = data.rindex(b"]")
    last = data.rindex(b'"full_text": "', 0, end) + len(b'"full_text": "')
    data = data[:last] + b"y" * (3 * len(data)) + data[last:end].rstrip() + b", ]\n"  # the last tweet, huge
    tweets.write_bytes(data)
    seen = _spy_slices(monkeypatch)
    one, s1 = _run([root], jsonl_line, 1)
    two, s2 = _run([root], jsonl_line, 2)
    assert one == two and len(one) > 2900
    _same_stats(s1, s2)
    assert [i.code for i in s1.issues][-1] == "bad-json"
    assert seen == [False]  # cut on the trailing comma, did not join up, read again whole


def test_an_array_closed_early_in_a_cut_file_is_reported_as_in_one_process(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """``]`` two thirds in, then ``,`` and the rest of the tweets (a hand-edited file): one process and two
    give the same records (those before the ``]``) and the same bad-json issue, never a silent loss."""
    root = _x_archive(tmp_path / "x")
    tweets = root / "data" / "tweets.js"
    data = tweets.read_bytes()
    at = data.index(b"}}, {", len(data) * 2 // 3) + 2
    tweets.write_bytes(data[:at] + b"\n]\n" + data[at:])
    seen = _spy_slices(monkeypatch)
    one, s1 = _run([root], jsonl_line, 1)
    two, s2 = _run([root], jsonl_line, 2)
    assert one == two and 100 < len(one) < 2500
    _same_stats(s1, s2)
    assert any(i.code == "bad-json" and "after the end of the top-level value" in i.message for i in s1.issues)
    assert seen == [False]  # the last slice met the fault: read again whole


def test_a_cut_file_is_compared_with_the_manifests_count_as_in_one_process(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """T42 3: tweets.js cut between two processes is compared with the count data/manifest.js lists by the slice
    holding the array's end (numbering its items in the whole file): the same one count-mismatch issue as one
    process, the slices still joined up (not read again); none where the counts agree."""
    for listed, issues in ((2999, ["data/tweets.js holds 3,000 records where data/manifest.js lists 2,999: it may "
                                   "be from another download of the account"]), (3000, [])):
        root = big_twitter_archive(tmp_path / f"x{listed}", 3000)
        manifest = {"userInfo": {"accountId": "111"}, "dataTypes": {"tweets": {"files": [
            {"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0", "count": str(listed)}]}}}
        (root / "data" / "manifest.js").write_text("window.__THAR_CONFIG = " + json.dumps(manifest))
        seen = _spy_slices(monkeypatch)
        one, s1 = _run([root], jsonl_line, 1)
        two, s2 = _run([root], jsonl_line, 2)
        assert one == two and len(one) == 3000
        _same_stats(s1, s2)
        assert [i.message for i in s1.issues if i.code == "count-mismatch"] == issues
        assert seen == [True]
