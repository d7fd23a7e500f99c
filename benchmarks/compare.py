"""Before/after: the same commands on the same inputs with two checkouts of dataexam, interleaved.

    git worktree add /tmp/before <commit>
    python benchmarks/compare.py --before /tmp/before --after . --repeat 3 -- INPUT...

Each checkout runs through ``PYTHONPATH``: its ``dataexam``, and its ``parsers`` folder as ``dataexam_parsers``
through a folder of one symbolic link (the checkout has no folder of that name, so an editable install's finder, which
``sys.meta_path`` asks after ``PYTHONPATH``, served the venv's own parsers to both sides); each side's modules are
checked to come from its checkout before anything is timed (:func:`import_paths`). Runs alternate before/after so the
shared machine's noise hits both alike. Prints medians of wall time, CPU time and peak memory for ``timeline -f
jsonl``, ``timeline -f sqlite`` and ``report -f json`` (``--commands`` picks); ``--rounds`` alternates the commands
too, so that a command's figures and its ratio to another's (``report`` ÷ ``timeline``, issue 16) meet the same load;
``--jobs N`` passes ``--jobs N`` to every command (``--jobs 1``: one process each, no parse workers' CPU in the
figures).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import compile_project_bytecode, measure

#: the checkout's folder that installs as the ``dataexam_parsers`` package (setup.py: ``package_dir``)
PARSERS_DIR, PARSERS_PACKAGE = "parsers", "dataexam_parsers"


def tree_env(tree: Path, shim: Path) -> dict[str, str]:
    """The environment that runs ``tree``'s own code: ``PYTHONPATH`` = the checkout (``dataexam``), then ``shim``,
    made here to hold one link ``dataexam_parsers`` → the checkout's ``parsers``."""
    shim.mkdir(parents=True, exist_ok=True)
    link = shim / PARSERS_PACKAGE
    if not link.is_symlink():
        link.symlink_to(tree.resolve() / PARSERS_DIR, target_is_directory=True)
    return dict(os.environ, PYTHONPATH=os.pathsep.join([str(tree.resolve()), str(shim)]))


def import_paths(env: dict[str, str], cwd: str) -> dict[str, Path]:
    """Where a process started with ``env`` in ``cwd`` imports ``dataexam`` and ``dataexam_parsers`` from (each
    package's folder, links resolved)."""
    code = ("import json, os, dataexam, dataexam_parsers; print(json.dumps({m.__name__: os.path.dirname("
            "os.path.realpath(m.__file__)) for m in (dataexam, dataexam_parsers)}))")
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=cwd, capture_output=True, text=True, check=True)
    return {name: Path(path) for name, path in json.loads(out.stdout).items()}


def check_imports(tree: Path, env: dict[str, str], cwd: str) -> None:
    """Raise SystemExit unless ``env`` imports both packages from ``tree`` (``dataexam/``, ``parsers/``)."""
    want = {"dataexam": tree.resolve() / "dataexam", PARSERS_PACKAGE: tree.resolve() / PARSERS_DIR}
    got = import_paths(env, cwd)
    wrong = {name: str(got[name]) for name, path in want.items() if got[name] != path}
    if wrong:
        raise SystemExit(f"{tree}: imports {wrong}, not the checkout's own")


COMMANDS = {
    "jsonl": ["timeline", "-q"],
    "sqlite": ["timeline", "-q", "-f", "sqlite", "-o", "{db}"],
    "report": ["report", "-q", "-f", "json"],
}


def _compare(args: argparse.Namespace, inputs: list[str], envs: dict[str, dict[str, str]],
             tmp: str) -> dict[str, dict[str, dict[str, float]]]:
    """Each command of ``args.commands`` on ``inputs`` with both checkouts (``envs``), interleaved: medians by command
    and side (``wall_s``, ``cpu_s``, ``peak_mb``), printed as they come; with ``jsonl`` and ``report``, the report ÷
    timeline ratio of each side too (issue 16's target: ≤ 1.3)."""
    sides = (("before", args.before), ("after", args.after))
    results: dict[str, dict[str, dict[str, float]]] = {}
    db = str(Path(tmp, "t.db"))
    names = args.commands.split(",")
    all_runs: dict[str, dict[str, list]] = {name: {"before": [], "after": []} for name in names}

    def one(name: str, label: str) -> None:
        cmd = [a.replace("{db}", db) for a in COMMANDS[name]]
        if args.jobs is not None:
            cmd += ["--jobs", str(args.jobs)]
        env = dict(envs[label], TMPDIR=tmp)
        # cwd: a neutral folder, or ``python -m`` would import the dataexam of the current one
        run = measure([sys.executable, "-m", "dataexam", *cmd, *inputs], env=env, cwd=tmp,
                      log=Path(tmp, "stderr.log"))
        if run.rc != 0:
            raise SystemExit(f"{label} {name} failed (exit {run.rc}): "
                             + Path(tmp, "stderr.log").read_text()[-500:])
        all_runs[name][label].append(run)
        Path(db).unlink(missing_ok=True)
        if args.rounds:
            print(f"  {name:<7} {label:<6} {run.wall_s:7.2f} s wall {run.cpu_s:7.2f} s cpu {run.peak_mb:5.0f} MB"
                  f"   load {os.getloadavg()[0]:.1f}", flush=True)

    if args.rounds:  # each round: every command, before then after (a timeline beside its report)
        for _ in range(args.repeat):
            for name in names:
                for label, _tree in sides:
                    one(name, label)
    for name in names:
        runs = all_runs[name]
        if not args.rounds:
            for _ in range(args.repeat):
                for label, _tree in sides:
                    one(name, label)
        results[name] = {label: {"wall_s": round(statistics.median(r.wall_s for r in rs), 2),
                                 "cpu_s": round(statistics.median(r.cpu_s for r in rs), 2),
                                 "peak_mb": round(statistics.median(r.peak_mb for r in rs), 1)}
                         for label, rs in runs.items()}
        b, a = results[name]["before"], results[name]["after"]
        print(f"{name:<7} before {b['wall_s']:>7.2f} s wall {b['cpu_s']:>7.2f} s cpu {b['peak_mb']:>6.0f} MB   "
              f"after {a['wall_s']:>7.2f} s wall {a['cpu_s']:>7.2f} s cpu {a['peak_mb']:>6.0f} MB   "
              f"cpu ×{b['cpu_s'] / a['cpu_s']:.2f}", flush=True)
    if "jsonl" in results and "report" in results:
        ratios = {label: {unit: round(results["report"][label][unit] / results["jsonl"][label][unit], 2)
                          for unit in ("wall_s", "cpu_s")} for label, _tree in sides}
        results["report_per_timeline"] = ratios  # type: ignore[assignment]
        print("report ÷ timeline   " + "   ".join(f"{label} ×{r['wall_s']:.2f} wall ×{r['cpu_s']:.2f} cpu"
                                                  for label, r in ratios.items()), flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before", type=Path, required=True)
    ap.add_argument("--after", type=Path, required=True)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--commands", default="jsonl,sqlite")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--jobs", type=int, help="pass --jobs N to every command (default: the commands' own default; "
                                              "the report's parse workers cost CPU that --jobs 1 shows apart)")
    ap.add_argument("--rounds", action="store_true",
                    help="alternate the commands too (timeline, report, timeline, …), each run printed with the load")
    ap.add_argument("--each", action="store_true",
                    help="measure each INPUT on its own (a table per input, in the same run), not all of them at once")
    ap.add_argument("inputs", nargs="+")
    args = ap.parse_args(argv)
    sides = (("before", args.before), ("after", args.after))
    # both checkouts start from bytecode, as installed copies do (without it, on a machine that sets
    # PYTHONDONTWRITEBYTECODE, a checkout never measured by run.py paid ~0.15 s of compiling per process)
    for _label, tree in sides:
        compile_project_bytecode(tree.resolve())
    sets = [[one_input] for one_input in args.inputs] if args.each else [args.inputs]
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        envs = {label: tree_env(tree, Path(tmp, f"{label}-path")) for label, tree in sides}
        for label, tree in sides:
            check_imports(tree, envs[label], tmp)
        for inputs in sets:
            if args.each:
                print(f"{inputs[0]}:", flush=True)
            table = _compare(args, inputs, envs, tmp)
            if args.each:
                results[inputs[0]] = table
            else:
                results = table
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
