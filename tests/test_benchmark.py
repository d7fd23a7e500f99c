"""The benchmark harness (benchmarks/): its generators, baselines and measuring, on tiny inputs.

Timings are never asserted (they belong in the benchmark, not in tests); what is checked is that
the harness measures what it says and that its inputs are exports dataexam reads without issues.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dataexam import api

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import ceiling  # noqa: E402
import gen  # noqa: E402
import run as bench  # noqa: E402


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("bench-inputs")
    gen.write_x_archive(root / "x", 60_000)
    gen.write_x_archive(root / "xz", 60_000, zipped=True)
    gen.write_messenger_export(root / "fb", 10_000)
    gen.write_amazon_orders(root / "amazon", 300)
    gen.write_x_social_archive(root / "social", 200_000)
    return {"x": root / "x", "xz": root / "xz.zip", "fb": root / "fb", "amazon": root / "amazon",
            "social": root / "social"}


@pytest.mark.parametrize(("name", "kind", "source"), [
    ("x", "twitter.tweet", "twitter"), ("xz", "twitter.tweet", "twitter"),
    ("fb", "facebook.message", "facebook"), ("amazon", "amazon.order_item", "amazon"),
    ("social", "twitter.like", "twitter"),
])
def test_dedicated_exports_parse_without_issues(exports: dict[str, Path], name: str, kind: str, source: str) -> None:
    stats = api.RunStats()
    events = list(api.timeline([exports[name]], stats=stats))
    assert stats.issue_count == 0, stats.issues[:3]
    assert {e.source for e in events} == {source}
    assert stats.kinds[kind] > 0
    assert stats.merge.duplicates == 0


def test_tweet_count_matches_generator(exports: dict[str, Path], tmp_path: Path) -> None:
    info = gen.write_x_archive(tmp_path / "x2", 30_000)
    stats = api.RunStats()
    list(api.timeline([tmp_path / "x2"], kinds=["twitter.tweet"], stats=stats))
    assert stats.kinds["twitter.tweet"] == info["tweets"]


def test_social_archive_is_read_whole(exports: dict[str, Path], tmp_path: Path) -> None:
    # the X archive of likes, DMs, follows and logins: every record the generator wrote is an event,
    # without an issue, and its likes, followers and followings are distinct (undated) records
    info = gen.write_x_social_archive(tmp_path / "s", 150_000)
    stats = api.RunStats()
    list(api.timeline([tmp_path / "s"], stats=stats))
    assert stats.issue_count == 0, stats.issues[:3]
    assert stats.merge.duplicates == 0
    assert stats.kinds["twitter.like"] == info["like"] > 50
    assert stats.kinds["twitter.follower"] == info["follower"] > 10
    assert stats.kinds["twitter.following"] == info["following"] > 10
    assert stats.kinds["twitter.login"] == info["ip-audit"] > 10
    assert stats.kinds["twitter.dm"] == info["messages"] > 50
    assert "twitter.tweet" not in stats.kinds


def test_social_targets() -> None:
    # a social archive's report is judged like a persona's: its peak, its time against the timeline,
    # and memory growth from the first size to the last
    def run(peak: float, wall: float) -> dict[str, float]:
        return {"peak_mb": peak, "wall_s": wall, "mb_s": 1.0, "cpu_s": wall, "failed": 0}

    small = {"input": "s1", "bytes": 10**8, "timeline_jsonl": run(60.0, 5.0), "report_json": run(100.0, 12.0),
             "report_vs_timeline_time": 2.4}
    large = {"input": "s2", "bytes": 10**9, "timeline_jsonl": run(66.0, 50.0), "report_json": run(130.0, 120.0),
             "report_vs_timeline_time": 2.4}
    res = {"specific": {"social_100MB": small, "social_1.00GB": large}, "social_growth": bench.growth(small, large)}
    verdicts = {t["target"]: t["met"] for t in bench.targets(res)}
    assert verdicts["report peak < 200 MB (social_1.00GB)"] is True
    assert verdicts["report ≤ 1.3 × timeline time (social_100MB)"] is False
    assert verdicts["timeline_jsonl memory flat within 20% (X likes/DMs/follows, smallest → largest)"] is True
    assert verdicts["report_json memory flat within 20% (X likes/DMs/follows, smallest → largest)"] is False
    assert "growth of the X likes/DMs/follows archive" in bench.table({
        "machine": {"cpu": "c", "cores": 2, "python": "3", "ijson_backend": "b", "dataexam_commit": "x"},
        "inputs_from": "here", **res, "targets": bench.targets(res)})


def test_messenger_times_stay_real_at_any_size() -> None:
    # one clock for the whole export went back past 1970 after ~1.4 million messages: 70% of the
    # 1 GB benchmark export was undated, and the figures measured issue reporting, not messages
    from datetime import UTC, datetime

    longest_thread = gen._MAX_PARTS * gen._PER_FILE * gen._MESSENGER_STEP_MS
    oldest = gen._MESSENGER_NEWEST_MS - gen._MESSENGER_SPREAD_MS - longest_thread
    assert datetime.fromtimestamp(oldest / 1000, UTC).year >= 2010


def test_amazon_rows_are_all_read(exports: dict[str, Path]) -> None:
    stats = api.RunStats()
    list(api.timeline([exports["amazon"]], stats=stats))
    assert sum(stats.kinds.values()) == 300


def test_ceiling_reads_every_json_and_csv_member(exports: dict[str, Path]) -> None:
    out = ceiling.run("ijson", [str(exports["x"]), str(exports["fb"]), str(exports["amazon"])])
    size, members = bench.content_bytes([str(exports["x"]), str(exports["fb"]), str(exports["amazon"])])
    assert out["bytes"] == size and out["members"] == members
    assert out["values"] > 300  # tweets + top-level keys of each thread file + CSV rows incl. header


def test_jsonload_baseline_reads_zipped_archive(exports: dict[str, Path]) -> None:
    out = ceiling.run("jsonload", [str(exports["xz"])])
    assert out["members"] == 3 and out["bytes"] > 60_000


def test_measure_reports_child_memory_and_exit_code(tmp_path: Path) -> None:
    # the child holds its peak for a moment, as every benchmarked command (seconds long) does: under a large
    # driver (pytest) the figure is the child's sampled VmHWM, since ru_maxrss carries the driver's own peak
    grow = ("import time; x = bytearray(60 * 1024 * 1024); x[::4096] = b'1' * len(x[::4096]); time.sleep(0.4); "
            "print('done')")
    run = bench.measure([sys.executable, "-c", grow], capture=tmp_path / "out.txt")
    assert run.rc == 0 and run.stdout.strip() == "done"
    assert run.maxrss_mb >= 60 and 60 <= run.peak_mb < 60 + 40  # the child's own peak, not the driver's
    assert run.cpu_s > 0
    failed = bench.measure([sys.executable, "-c", "raise SystemExit(3)"])
    assert failed.rc == 3


def test_sizes_and_targets() -> None:
    assert bench.parse_size("100MB") == 100_000_000 and bench.parse_size("2GB") == 2 * 10**9
    size = {"bytes": 10**8, "timeline_vs_ceiling": 0.6, "report_vs_timeline_time": 1.2,
            "timeline_jsonl": {"peak_mb": 80.0}, "report_json": {"peak_mb": 250.0}}
    verdicts = {t["target"].split(" (")[0]: t["met"] for t in bench.targets({"sizes": [size]})}
    assert verdicts == {"timeline ≥ 0.5 × ijson ceiling": True, "timeline peak < 100 MB": True,
                        "report peak < 200 MB": False, "report ≤ 1.3 × timeline time": True}
    # a partial run (--commands) judges only what it measured, and the --jobs 2 trees
    partial = {"bytes": 10**8, "timeline_jsonl_j2": {"peak_mb": 50.0, "tree_mb": 90.0},
               "report_json_j2": {"peak_mb": 80.0, "tree_mb": 210.0}}
    verdicts = {t["target"].split(" (")[0]: t["met"] for t in bench.targets({"sizes": [partial]})}
    assert verdicts == {"timeline --jobs 2 peak < 100 MB, whole process tree": True,
                        "report --jobs 2 peak < 200 MB, whole process tree": False}
    size["report_vs_timeline_time"] = 1.4  # the issue's target is 1.3x
    verdicts = {t["target"].split(" (")[0]: t["met"] for t in bench.targets({"sizes": [size]})}
    assert verdicts["report ≤ 1.3 × timeline time"] is False


@pytest.mark.slow
def test_quick_run_writes_figures(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    proc = subprocess.run([sys.executable, str(BENCH / "run.py"), "--quick", "--sizes", "1MB", "--skip-peers",
                           "--skip-specific", "--out", str(tmp_path / "bench"), "--json", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    res = json.loads(out.read_text())
    assert res["machine"]["cores"] >= 1 and res["machine"]["python"]
    size = res["sizes"][0]
    for name in ("timeline_jsonl", "timeline_sqlite", "report_json", "ijson_ceiling"):
        assert size[name]["failed"] == 0 and size[name]["peak_mb"] > 0 and size[name]["mb_s"] > 0
    assert "targets" in res and "per size" in proc.stdout
    assert not (tmp_path / "bench" / "inputs").exists()  # generated inputs removed without --keep


def test_profile_stages_classifies_by_file() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import profile_stages
    finally:
        sys.path.remove(str(BENCH))
    assert profile_stages.stage_of("/x/parsers/facebook/parser.py", "_message") == "Facebook parser"
    assert profile_stages.stage_of("/x/dataexam/normalise.py", "_fill").startswith("sort")
    assert profile_stages.stage_of("/x/dataexam/inference/text.py", "consume").startswith("inference: text")
    assert profile_stages.stage_of("~", "<built-in method builtins.isinstance>").startswith("other")


def test_the_benchmark_measures_with_the_bytecode_an_installed_copy_has() -> None:
    """Where PYTHONDONTWRITEBYTECODE is set, every measured process would compile the project from
    source at start-up; the benchmark writes the bytecode first (and Python reads it regardless)."""
    import importlib.util

    bench.compile_project_bytecode()
    for source in (bench.REPO / "dataexam" / "cli.py", bench.REPO / "parsers" / "twitter.py"):
        cached = Path(importlib.util.cache_from_source(str(source)))
        assert cached.is_file() and cached.stat().st_mtime >= source.stat().st_mtime - 1


def test_realistic_social_archive_has_few_keyword_hits(tmp_path: Path) -> None:
    # --realistic: everyday words with few keyword hits, t.co links of letters and digits, short DMs; read whole as the
    # default archive is, and most of its likes hold no interest keyword (the default's sentences are keywords only)
    from dataexam.categories import interest_categories

    info = gen.write_x_social_archive(tmp_path / "r", 150_000, realistic=True)
    stats = api.RunStats()
    likes = [e for e in api.timeline([tmp_path / "r"], stats=stats) if e.kind == "twitter.like"]
    assert stats.issue_count == 0 and len(likes) == info["like"] > 50
    assert stats.kinds["twitter.dm"] == info["messages"] > 50
    assert sum(1 for e in likes if interest_categories(e.text)) < 0.6 * len(likes)
    assert any("https://t.co/" in e.text and not e.text[-10:].isdigit() for e in likes)


def test_compare_runs_each_checkouts_own_parsers(tmp_path: Path) -> None:
    # PERF27: compare.py put each checkout on PYTHONPATH, but its parsers live in parsers/ and install as
    # dataexam_parsers, so both sides imported the venv's editable parsers; now each side imports its own dataexam
    # and its own parsers (a link named dataexam_parsers), and a side that does not is refused before any timing
    import compare

    for side in ("before", "after"):
        tree = tmp_path / side
        (tree / "dataexam").mkdir(parents=True)
        (tree / "dataexam" / "__init__.py").write_text("")
        (tree / "parsers").mkdir()
        (tree / "parsers" / "__init__.py").write_text("")
    envs = {side: compare.tree_env(tmp_path / side, tmp_path / f"{side}-path") for side in ("before", "after")}
    for side in ("before", "after"):
        got = compare.import_paths(envs[side], str(tmp_path))
        assert got == {"dataexam": (tmp_path / side / "dataexam").resolve(),
                       "dataexam_parsers": (tmp_path / side / "parsers").resolve()}
        compare.check_imports(tmp_path / side, envs[side], str(tmp_path))
    with pytest.raises(SystemExit, match="not the checkout's own"):
        compare.check_imports(tmp_path / "before", envs["after"], str(tmp_path))
