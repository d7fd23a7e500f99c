"""Same report before/after: byte-identical text, Markdown and JSON from two checkouts of dataexam (issue 16).

    git worktree add /tmp/before <commit>
    python benchmarks/same_output.py --before /tmp/before --after .                  # demo seeds 1-6 and the cases
    python benchmarks/same_output.py --before /tmp/before --after . --seeds 1 --scale 4 --no-cases
    python benchmarks/same_output.py --before /tmp/before --after . --inputs some/export other/export

A speed-up must not change what the report says. For each input set — the demo exports of ``--seeds`` (written once
by the *before* checkout's ``dataexam demo``), each case of ``--cases`` (its ``input/*`` entries, together, as the
case's own commands pass them) and each ``--inputs`` path — each checkout makes the report in its own process
(``PYTHONPATH`` as in ``compare.py``, ``--jobs 1``) and renders it as text and JSON at detail ``default``, Markdown and
JSON at ``full``, and once more with ``include_sensitive`` as JSON at ``full``. The run's clock (``generated_at``, the
one field that names the run) is fixed to one instant on both sides; everything else must match byte for byte. A run
that raises is compared by its error's type and message. Prints one line per input set and the first differing line
of each differing rendering; exit status 1 when any differs. ``--keep DIR`` keeps the renderings.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare import check_imports, tree_env

#: the one instant both sides' reports are dated (``infer(now=…)``): ``generated_at`` is the run's clock, no finding
FIXED_NOW = "2026-01-01T00:00:00+00:00"

#: (file name, format, detail, include_sensitive)
RENDERINGS = (("default.txt", "text", "default", False), ("default.json", "json", "default", False),
              ("full.md", "markdown", "full", False), ("full.json", "json", "full", False),
              ("sensitive-full.json", "json", "full", True))

#: run in each checkout's own process: make the report of argv[2:] (once per include_sensitive) and write the
#: renderings into argv[1]
WORKER = r"""
import io, json, sys, traceback
from datetime import datetime
from functools import partial
from pathlib import Path

import dataexam.inference as inference
from dataexam import api, report as report_module
from dataexam.registry import load_registry

spec = json.loads(sys.argv[1])
out = Path(spec["out"])
inference.infer = partial(inference.infer, now=datetime.fromisoformat(spec["now"]))
registry = load_registry()
for sensitive in (False, True):
    names = [r for r in spec["renderings"] if r[3] is sensitive]
    if not names:
        continue
    try:
        result = api.report(spec["paths"], include_sensitive=sensitive, registry=registry, jobs=1)
    except Exception as exc:  # compared too: the same inputs must fail the same way
        for name, *_ in names:
            (out / name).write_text(f"error: {type(exc).__name__}: {exc}\n", encoding="utf-8")
        continue
    for name, fmt, detail, _sensitive in names:
        buf = io.StringIO()
        report_module.prepare(result)
        report_module.render(result, fmt, buf, detail=detail)
        (out / name).write_text(buf.getvalue(), encoding="utf-8")
"""


def _run_side(env: dict[str, str], out: Path, paths: list[str], cwd: str) -> str:
    """Write one checkout's renderings of ``paths`` into ``out``; its stderr when the process failed, else ``""``."""
    out.mkdir(parents=True, exist_ok=True)
    spec = {"out": str(out), "now": FIXED_NOW, "paths": paths, "renderings": RENDERINGS}
    proc = subprocess.run([sys.executable, "-c", WORKER, json.dumps(spec)], env=env, cwd=cwd, capture_output=True,
                          text=True)
    return proc.stderr[-2000:] if proc.returncode else ""


def _first_difference(before: Path, after: Path) -> str:
    """The first differing line of two renderings, as a two-line unified diff."""
    a = before.read_text(encoding="utf-8").splitlines() if before.exists() else ["(missing)"]
    b = after.read_text(encoding="utf-8").splitlines() if after.exists() else ["(missing)"]
    for line in difflib.unified_diff(a, b, lineterm="", n=0):
        if line[:1] in "+-" and not line.startswith(("+++", "---")):
            return line[:300]
    return "(same lines, different bytes)"


def input_sets(args: argparse.Namespace, demo_root: Path, before_env: dict[str, str]) -> list[tuple[str, list[str]]]:
    """(label, paths) of every input set: the demos (written here), the cases' inputs, ``--inputs``."""
    sets: list[tuple[str, list[str]]] = []
    for seed in args.seeds:
        folder = demo_root / f"demo-{seed}-x{args.scale:g}"
        subprocess.run([sys.executable, "-m", "dataexam", "demo", "--seed", str(seed), "--scale", str(args.scale),
                        "--out", str(folder), "--no-report", "-q"], env=before_env, check=True,
                       stdout=subprocess.DEVNULL)
        sets.append((f"demo seed {seed} scale {args.scale:g}", [str(folder)]))
    if args.cases and not args.no_cases:
        for case in sorted(p for p in Path(args.cases).iterdir() if (p / "input").is_dir()):
            sets.append((f"case {case.name}", [str(p) for p in sorted((case / "input").iterdir())]))
    sets += [(f"input {p}", [p]) for p in args.inputs]
    return sets


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before", type=Path, required=True)
    ap.add_argument("--after", type=Path, required=True)
    ap.add_argument("--seeds", type=lambda s: [int(x) for x in s.split(",")], default=[1, 2, 3, 4, 5, 6],
                    help="demo seeds, comma-separated (default 1,2,3,4,5,6; '' for none)")
    ap.add_argument("--scale", type=float, default=1.0, help="the demos' --scale")
    ap.add_argument("--cases", default="/work/shared/cases", help="a folder of cases, each with an input/ folder")
    ap.add_argument("--no-cases", action="store_true")
    ap.add_argument("--inputs", nargs="*", default=[])
    ap.add_argument("--keep", type=Path, help="keep the renderings here (before/ and after/ per input set)")
    args = ap.parse_args(argv)
    sides = (("before", args.before), ("after", args.after))
    differing = 0
    with tempfile.TemporaryDirectory() as tmp:
        envs = {label: tree_env(tree, Path(tmp, f"{label}-path")) for label, tree in sides}
        for label, tree in sides:
            check_imports(tree, envs[label], tmp)
        root = (args.keep or Path(tmp, "out")).resolve()
        for n, (label, paths) in enumerate(input_sets(args, Path(tmp, "demos"), envs["before"])):
            outs = {side: root / f"{n:02d}" / side for side, _tree in sides}
            errors = {side: _run_side(envs[side], outs[side], paths, tmp) for side, _tree in sides}
            bad = []
            for name, *_ in RENDERINGS:
                a, b = outs["before"] / name, outs["after"] / name
                if not (a.exists() and b.exists() and a.read_bytes() == b.read_bytes()):
                    bad.append(f"  {name}: {_first_difference(a, b)}")
            for side, err in errors.items():
                if err:
                    bad.append(f"  {side} process failed: {err.strip().splitlines()[-1] if err.strip() else ''}")
            differing += bool(bad)
            print(f"{'DIFFERENT' if bad else 'same     '} {label}", flush=True)
            for line in bad:
                print(line, flush=True)
    print(f"{differing} input set(s) differ", flush=True)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
