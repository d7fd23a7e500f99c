"""Benchmark ``dataexam batch``: participants per minute on 1 and 2 local workers and on Dask.

Generates N persona donations (``dataexam demo``'s generator: X, Facebook and Amazon exports of
one fictional person each, different seeds), then runs the batch three times on the same inputs
into fresh output folders and prints one table:

    engine        workers  participants/min  wall s  peak RSS per worker (MB, max / median)

followed by the speed-up from 1 to 2 local workers (target >= 1.7x on 2 cores) and the Dask
overhead against the local pool at the same worker count (target <= 10%). Peak memory is each
worker process's own high-water mark (ru_maxrss) as reported in ``runs.parquet``; it is flat in N
when the max over participants does not grow with N.

Usage: python benchmarks/batch.py [-n 20] [--scale 0.3] [--workdir DIR] [--no-dask]
Figures are printed, never asserted: machines are shared and noisy. The project's bytecode is
written first, as an installed copy has it (``run.compile_project_bytecode``).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from run import compile_project_bytecode  # benchmarks/run.py: as an installed copy has it

from dataexam.batch import run_batch
from dataexam.persona import export_paths, write_persona


def make_donations(root: Path, n: int, scale: float) -> Path:
    donations = root / "donations"
    donations.mkdir(parents=True)
    for i in range(n):
        persona = root / "personas" / f"p{i:04d}"
        truth = write_persona(persona, seed=1000 + i, scale=scale)
        unit = donations / f"P{i:04d}"
        unit.mkdir()
        for path in export_paths(truth):
            if path.parent != persona:  # Facebook part-zips live one level down: keep the folder
                dest = unit / path.parent.name
                if not dest.exists():
                    shutil.copytree(path.parent, dest)
            else:
                shutil.copytree(path, unit / path.name)
    return donations


def run(donations: Path, out: Path, engine: str, workers: int) -> dict:
    t0 = time.perf_counter()
    summary = run_batch(donations, out, engine=engine, workers=workers)
    wall = time.perf_counter() - t0
    peaks = [r.get("peak_rss_mb") or 0.0 for r in summary.records]
    return {"engine": engine, "workers": workers, "n": summary.total, "ok": summary.ok, "wall": wall,
            "per_min": summary.total / wall * 60, "peak_max": max(peaks), "peak_median": statistics.median(peaks)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=20, help="participants (default 20)")
    ap.add_argument("--scale", type=float, default=0.3, help="persona volume multiplier (default 0.3)")
    ap.add_argument("--workdir", type=Path, default=None, help="keep inputs and outputs here")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    args = ap.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="dataexam-batch-bench-"))
    compile_project_bytecode()
    try:
        t0 = time.perf_counter()
        donations = make_donations(work, args.n, args.scale)
        size = sum(f.stat().st_size for f in donations.rglob("*") if f.is_file()) / 1e6
        print(f"inputs: {args.n} participants, {size:.1f} MB, generated in {time.perf_counter() - t0:.1f} s")
        results = [run(donations, work / "out-local-1", "local", 1), run(donations, work / "out-local-2", "local", 2)]
        if not args.no_dask:
            results.append(run(donations, work / "out-dask-2", "dask", 2))
        print(f"{'engine':8} {'workers':>7} {'ok':>4} {'participants/min':>17} {'wall s':>8} "
              f"{'peak RSS/worker MB (max / median)':>34}")
        for r in results:
            print(f"{r['engine']:8} {r['workers']:>7} {r['ok']:>4} {r['per_min']:>17.1f} {r['wall']:>8.1f} "
                  f"{r['peak_max']:>23.0f} / {r['peak_median']:.0f}")
        speedup = results[0]["wall"] / results[1]["wall"]
        print(f"speed-up 1 → 2 local workers: {speedup:.2f}x (target >= 1.7x)")
        if not args.no_dask:
            overhead = results[2]["wall"] / results[1]["wall"] - 1
            print(f"Dask LocalCluster overhead vs local pool at 2 workers: {overhead * 100:+.1f}% (target <= 10%)")
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
