"""dataexam's benchmark: throughput and peak memory against the streaming-JSON ceiling and peers.

Not part of the test suite (timings do not belong in tests). Full run, about 30–40 minutes on
2 cores, ~12 GB of temporary disk under ``bench-out/``::

    python benchmarks/run.py --sizes 100MB,500MB,2GB --repeat 3 --json bench-out/results.json

Smoke run (a few MB, a minute; what ``tests/test_benchmark_smoke.py`` calls)::

    python benchmarks/run.py --quick --json bench-out/quick.json

What it measures, every figure a median over ``--repeat`` runs (``--repeat-large`` for inputs
over 1 GB), each command in its own subprocess so the peak memory is the whole process's
(``ru_maxrss`` from ``os.wait4``, and the summed RSS of its process tree sampled from ``/proc``):

* per size (persona exports of all three services, ~100 MB / 500 MB / 2 GB of JSON/CSV):
  ``dataexam timeline`` to JSON Lines (stdout → /dev/null), to SQLite, and ``dataexam report -f
  json``: wall time, MB/s of export content (uncompressed bytes of the JSON/JS/CSV members,
  MB = 10⁶ bytes), peak memory; the bare-ijson ceiling (``benchmarks/ceiling.py``) on the same
  members and dataexam's ratio to it; growth of time and memory from the smallest size to the largest;
* peers on one X archive (``data/tweet.js``, the name twitter-to-sqlite reads): ``twitter-to-sqlite
  import`` (installed by this script into ``bench-out/venv``), a plain ``json.load`` of every file,
  and ``dataexam timeline`` on the same archive;
* the figures other issues ask for: a ~1 GB tweets archive and a Messenger-heavy ~1 GB Facebook
  export (peak memory, ratio to bare ijson), a 1-million-row Amazon order CSV (peak memory), and
  the persona generator's own peak memory while writing the largest size.

Inputs are generated first (not timed) and deleted at the end unless ``--keep``. The project's
bytecode is written first too (:func:`compile_project_bytecode`), as an installed dataexam has it. It
prints a table and writes every figure, with the machine's CPU, core count and Python, as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PY = sys.executable
MB = 1_000_000
CONTENT_EXT = (".json", ".js", ".csv")


def compile_project_bytecode(root: Path | None = None) -> None:
    """Write the bytecode of ``dataexam/`` and ``parsers/`` (``__pycache__``) before measuring.

    An installed dataexam has it (pip compiles at install; an editable install writes it on first
    import), but where ``PYTHONDONTWRITEBYTECODE`` is set — as on the VM these figures come from —
    every measured process, and every parse worker, would compile the project's ~70 modules from
    source at start-up (~0.1–0.2 s each): a cost no installed copy pays. Python reads bytecode even
    with that variable set; this only writes it, next to the sources (``.gitignore``'d). ``root``: the
    checkout (default: this one)."""
    import compileall

    for package in ("dataexam", "parsers"):
        compileall.compile_dir((root or REPO) / package, quiet=1)


# -- measuring one subprocess ------------------------------------------------------------------------

@dataclass
class Run:
    """One measured subprocess: wall time, peak memory, exit code."""

    wall_s: float
    maxrss_mb: float  # ru_maxrss of the process (os.wait4); see peak_mb for why it is not the figure
    tree_mb: float  # peak of the summed VmHWM of the process and its children, sampled from /proc
    rc: int
    stdout: str = ""
    cpu_s: float = 0.0  # user + system CPU time of the process and its waited-for children
    driver_mb: float = 0.0  # this benchmark process's own peak (VmHWM) when it started the child

    @property
    def peak_mb(self) -> float:
        # Linux carries the spawning process's own peak into a child's ru_maxrss across exec, so
        # ru_maxrss is at least this driver's peak. Above it, ru_maxrss is the child's exact peak;
        # at or below it, the child's peak is the sampled VmHWM (its own high-water mark, reset by
        # exec, never lowered: only a rise in the last 0.05 s before exit can be missed).
        if self.maxrss_mb > self.driver_mb:
            return self.maxrss_mb
        return max(self.tree_mb, 0.0) or self.maxrss_mb


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def _rss_kb(pid: int) -> int:
    """The process's peak resident set so far (VmHWM, kB)."""
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _tree_rss_kb(root: int) -> int:
    kids = _children_map()
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss_kb(pid)
        todo.extend(kids.get(pid, ()))
    return total


def measure(cmd: Sequence[str], *, log: Path | None = None, env: dict[str, str] | None = None,
            capture: Path | None = None, cwd: str | Path | None = None) -> Run:
    """Run ``cmd`` and measure wall time and peak memory (whole process, and its process tree).

    stdout goes to /dev/null, or to the file ``capture`` (read back into ``Run.stdout``); stderr to ``log``.
    """
    err = open(log, "ab") if log else subprocess.DEVNULL  # closed below
    out = open(capture, "wb") if capture else subprocess.DEVNULL
    peak = [0]
    done = threading.Event()
    driver_kb = _rss_kb(os.getpid())
    start = time.perf_counter()
    proc = subprocess.Popen(list(cmd), stdout=out, stderr=err, env=env, cwd=cwd)

    def sample() -> None:
        while not done.wait(0.05):
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    text = ""
    for fh in (out, err):
        if not isinstance(fh, int):
            fh.close()
    if capture:
        text = capture.read_text(encoding="utf-8", errors="replace")
        capture.unlink()
    return Run(wall, usage.ru_maxrss / 1024, peak[0] / 1024, proc.returncode, text,
               usage.ru_utime + usage.ru_stime, driver_kb / 1024)


def median_run(runs: list[Run]) -> dict[str, Any]:
    return {
        "wall_s": round(statistics.median(r.wall_s for r in runs), 3),
        "cpu_s": round(statistics.median(r.cpu_s for r in runs), 3),
        "peak_mb": round(statistics.median(r.peak_mb for r in runs), 1),
        "maxrss_mb": round(statistics.median(r.maxrss_mb for r in runs), 1),
        # the summed peaks of the process and its children (--jobs N workers): an upper bound of the tree's peak
        "tree_mb": round(statistics.median(max(r.tree_mb, r.peak_mb) for r in runs), 1),
        "runs": [{"wall_s": round(r.wall_s, 3), "cpu_s": round(r.cpu_s, 3), "peak_mb": round(r.peak_mb, 1),
                  "rc": r.rc} for r in runs],
        "failed": sum(1 for r in runs if r.rc != 0),
    }


# -- inputs --------------------------------------------------------------------------------------

def parse_size(text: str) -> int:
    text = text.strip().upper()
    for suffix, mult in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3), ("B", 1)):
        if text.endswith(suffix):
            return int(float(text[: -len(suffix)]) * mult)
    return int(float(text))


def fmt_size(n: float) -> str:
    return f"{n / 1e9:.2f} GB" if n >= 1e9 else f"{n / 1e6:.0f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"


def content_bytes(paths: Sequence[str]) -> tuple[int, int]:
    """Uncompressed bytes and count of the JSON/JS/CSV members of the inputs."""
    sys.path.insert(0, str(REPO))
    from dataexam.archive import open_input

    total = n = 0
    for path in paths:
        with open_input(path) as archive:
            for member in archive.members():
                if member.path.lower().endswith(CONTENT_EXT):
                    total += member.size
                    n += 1
    return total, n


@dataclass
class Input:
    name: str
    paths: list[str]
    bytes: int = 0
    members: int = 0
    generator: dict[str, Any] = field(default_factory=dict)


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.out: Path = args.out
        self.inputs_dir = self.out / "inputs"
        self.logs = self.out / "logs"
        self.work = self.out / "work"
        for d in (self.inputs_dir, self.logs, self.work):
            d.mkdir(parents=True, exist_ok=True)
        self.env = dict(os.environ, PYTHONHASHSEED="0", TMPDIR=str(self.work))
        self.results: dict[str, Any] = {}
        self.persona_ok = _persona_available()

    def log(self, message: str) -> None:
        print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    # -- generation --------------------------------------------------------------------------------
    def generate(self, what: str, name: str, *extra: str) -> Input:
        """Run a generator in a subprocess (its peak memory is measured too); reuse a finished one."""
        target = self.inputs_dir / name
        stamp = self.inputs_dir / f"{name}.done.json"
        key = [what, *extra]
        if stamp.exists():
            saved = json.loads(stamp.read_text())
            if saved.get("key") == key:
                self.log(f"reusing {name}")
                return Input(name, saved["paths"], saved["bytes"], saved["members"], saved["generator"])
        for p in (target, target.with_name(name + ".zip")):
            if p.is_dir():
                shutil.rmtree(p)
            elif p.exists():
                p.unlink()
        self.log(f"generating {name} ({what} {' '.join(extra)})")
        run = measure([PY, str(HERE / "gen.py"), what, "--out", str(target), *extra],
                      capture=self.work / f"gen-{name}.out", log=self.logs / f"gen-{name}.log", env=self.env)
        if run.rc != 0:
            raise SystemExit(f"generator failed for {name}; see {self.logs / f'gen-{name}.log'}")
        info = json.loads(run.stdout)
        if what == "persona":
            paths = info
        else:
            zipped = "--zip" in extra
            paths = [str(target.with_name(name + ".zip") if zipped else target)]
        size, members = content_bytes(paths)
        gen = {"wall_s": round(run.wall_s, 2), "peak_mb": round(run.peak_mb, 1), "info": info}
        stamp.write_text(json.dumps({"key": key, "paths": paths, "bytes": size, "members": members,
                                     "generator": gen}))
        self.log(f"  {name}: {fmt_size(size)} in {members} members, generated in {run.wall_s:.0f}s, "
                 f"generator peak {run.peak_mb:.0f} MB")
        return Input(name, paths, size, members, gen)

    def persona_scale(self, target: int) -> float:
        """The persona scale that writes about ``target`` content bytes (two-point calibration)."""
        a = self.generate("persona", "calib-1", "--scale", "1")
        b = self.generate("persona", "calib-4", "--scale", "4")
        per_scale = max(1.0, (b.bytes - a.bytes) / 3)
        fixed = max(0.0, a.bytes - per_scale)
        return max(0.05, round((target - fixed) / per_scale, 3))

    def sized_input(self, target: int) -> Input:
        label = fmt_size(target).replace(" ", "")
        if self.persona_ok:
            scale = self.persona_scale(target)
            return self.generate("persona", f"persona-{label}", "--scale", str(scale))
        # Without the persona generator: the three dedicated exports in one run (40/40/20 by bytes).
        x = self.generate("x", f"mix-{label}-x", "--bytes", str(int(target * 0.4)))
        fb = self.generate("messenger", f"mix-{label}-fb", "--bytes", str(int(target * 0.4)))
        am = self.generate("amazon", f"mix-{label}-amazon", "--rows", str(max(1000, int(target * 0.2 / 420))))
        parts = [x.generator, fb.generator, am.generator]
        gen = {"wall_s": round(sum(p["wall_s"] for p in parts), 2), "peak_mb": max(p["peak_mb"] for p in parts),
               "parts": parts}
        return Input(f"mix-{label}", x.paths + fb.paths + am.paths, x.bytes + fb.bytes + am.bytes,
                     x.members + fb.members + am.members, gen)

    # -- commands --------------------------------------------------------------------------------------
    def dataexam(self, *args: str) -> list[str]:
        return [PY, "-m", "dataexam", *args]

    def commands(self, inp: Input) -> dict[str, Callable[[], Run]]:
        db = self.work / "timeline.db"

        def sqlite() -> Run:
            run = measure(self.dataexam("timeline", "-q", "-f", "sqlite", "-o", str(db), *inp.paths),
                          log=self.logs / f"{inp.name}-sqlite.log", env=self.env)
            db.unlink(missing_ok=True)
            return run

        cmds: dict[str, Callable[[], Run]] = {
            "timeline_jsonl": lambda: measure(self.dataexam("timeline", "-q", "--jobs", "1", *inp.paths),
                                              log=self.logs / f"{inp.name}-jsonl.log", env=self.env),
            "timeline_sqlite": sqlite,
            "report_json": lambda: measure(self.dataexam("report", "-q", "--jobs", "1", "-f", "json", *inp.paths),
                                           log=self.logs / f"{inp.name}-report.log", env=self.env),
            "ijson_ceiling": lambda: measure([PY, str(HERE / "ceiling.py"), "ijson", *inp.paths],
                                             log=self.logs / f"{inp.name}-ceiling.log", env=self.env),
        }
        for n in self.jobs():  # the parallel parse (issue 16): --jobs N, the output identical to --jobs 1
            cmds[f"timeline_jsonl_j{n}"] = lambda n=n: measure(
                self.dataexam("timeline", "-q", "--jobs", str(n), *inp.paths),
                log=self.logs / f"{inp.name}-jsonl-j{n}.log", env=self.env)
            cmds[f"report_json_j{n}"] = lambda n=n: measure(
                self.dataexam("report", "-q", "--jobs", str(n), "-f", "json", *inp.paths),
                log=self.logs / f"{inp.name}-report-j{n}.log", env=self.env)
        return cmds

    def jobs(self) -> list[int]:
        """The worker counts above 1 to measure as well (``--jobs``)."""
        return [int(j) for j in str(self.args.jobs).split(",") if j.strip() and int(j) > 1]

    def repeats(self, inp: Input) -> int:
        return self.args.repeat_large if inp.bytes > self.args.large_over else self.args.repeat

    def run_set(self, inp: Input, names: Sequence[str]) -> dict[str, Any]:
        """Each command ``repeats`` times, interleaved (noise hits all alike); medians and ratios."""
        cmds = self.commands(inp)
        runs: dict[str, list[Run]] = {n: [] for n in names}
        for i in range(self.repeats(inp)):
            for n in names:
                self.log(f"{inp.name}: {n} (run {i + 1})")
                runs[n].append(cmds[n]())
        out: dict[str, Any] = {"input": inp.name, "bytes": inp.bytes, "members": inp.members,
                               "repeats": self.repeats(inp)}
        for n, rs in runs.items():
            m = median_run(rs)
            m["mb_s"] = round(inp.bytes / MB / m["wall_s"], 2) if m["wall_s"] else None
            m["cpu_mb_s"] = round(inp.bytes / MB / m["cpu_s"], 2) if m["cpu_s"] else None
            out[n] = m
        if "ijson_ceiling" in out and "timeline_jsonl" in out:
            out["timeline_vs_ceiling"] = round(out["timeline_jsonl"]["mb_s"] / out["ijson_ceiling"]["mb_s"], 3)
            out["timeline_vs_ceiling_cpu"] = round(out["ijson_ceiling"]["cpu_s"] / out["timeline_jsonl"]["cpu_s"], 3)
        if "report_json" in out and "timeline_jsonl" in out:
            out["report_vs_timeline_time"] = round(out["report_json"]["wall_s"] / out["timeline_jsonl"]["wall_s"], 3)
        for n in self.jobs():
            tj, rj = out.get(f"timeline_jsonl_j{n}"), out.get(f"report_json_j{n}")
            if tj and "timeline_jsonl" in out:
                out[f"timeline_speedup_j{n}"] = round(out["timeline_jsonl"]["wall_s"] / tj["wall_s"], 3)
                if "ijson_ceiling" in out:
                    out[f"timeline_j{n}_vs_ceiling"] = round(tj["mb_s"] / out["ijson_ceiling"]["mb_s"], 3)
            if rj and "report_json" in out:
                out[f"report_speedup_j{n}"] = round(out["report_json"]["wall_s"] / rj["wall_s"], 3)
        return out

    # -- peers ---------------------------------------------------------------------------------------------
    def twitter_to_sqlite(self) -> tuple[list[str] | None, str]:
        venv = self.out / "venv"
        exe = venv / "bin" / "twitter-to-sqlite"
        if exe.exists():
            return [str(exe)], "bench-out/venv"
        if not self.args.no_install:
            self.log("installing twitter-to-sqlite into bench-out/venv")
            ok = subprocess.run([PY, "-m", "venv", str(venv)], capture_output=True).returncode == 0 and (
                subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "twitter-to-sqlite"],
                               capture_output=True).returncode == 0)
            if ok and exe.exists():
                return [str(exe)], "bench-out/venv"
            self.log("could not install twitter-to-sqlite into the venv (offline?)")
        found = shutil.which("twitter-to-sqlite")
        if found:
            return [found], f"found on PATH ({found})"
        return None, "not available"

    def peers(self, x: Input) -> dict[str, Any]:
        cmd, where = self.twitter_to_sqlite()
        db = self.work / "t2s.db"
        dx_db = self.work / "peer-dataexam.db"

        def dx_sqlite() -> Run:
            dx_db.unlink(missing_ok=True)
            run = measure(self.dataexam("timeline", "-q", "-o", str(dx_db), *x.paths),
                          log=self.logs / "peer-dataexam-sqlite.log", env=self.env)
            dx_db.unlink(missing_ok=True)
            return run

        plan: dict[str, Callable[[], Run]] = {
            "dataexam_timeline": lambda: measure(self.dataexam("timeline", "-q", *x.paths),
                                                 log=self.logs / "peer-dataexam.log", env=self.env),
            # the target compares like with like: a SQLite database from both tools
            "dataexam_sqlite": dx_sqlite,
            "json_load": lambda: measure([PY, str(HERE / "ceiling.py"), "jsonload", *x.paths],
                                         log=self.logs / "peer-jsonload.log", env=self.env),
            "ijson_ceiling": lambda: measure([PY, str(HERE / "ceiling.py"), "ijson", *x.paths],
                                             log=self.logs / "peer-ceiling.log", env=self.env),
        }
        if cmd is not None:
            def t2s() -> Run:
                db.unlink(missing_ok=True)
                run = measure([*cmd, "import", str(db), *x.paths], log=self.logs / "peer-t2s.log", env=self.env)
                db.unlink(missing_ok=True)
                return run

            plan["twitter_to_sqlite"] = t2s
        runs: dict[str, list[Run]] = {n: [] for n in plan}
        for i in range(self.args.repeat):
            for n, fn in plan.items():
                self.log(f"peers on {x.name}: {n} (run {i + 1})")
                runs[n].append(fn())
        out: dict[str, Any] = {"input": x.name, "bytes": x.bytes, "twitter_to_sqlite_from": where}
        for n, rs in runs.items():
            m = median_run(rs)
            m["mb_s"] = round(x.bytes / MB / m["wall_s"], 2)
            m["cpu_mb_s"] = round(x.bytes / MB / m["cpu_s"], 2) if m["cpu_s"] else None
            out[n] = m
        dx = out["dataexam_timeline"]
        for peer in ("twitter_to_sqlite", "json_load"):
            if peer in out:
                sq = out["dataexam_sqlite"]
                out[f"sqlite_speedup_vs_{peer}"] = round(out[peer]["wall_s"] / sq["wall_s"], 2)
                out[f"sqlite_memory_vs_{peer}"] = round(sq["peak_mb"] / out[peer]["peak_mb"], 3)
                out[f"speedup_vs_{peer}"] = round(out[peer]["wall_s"] / dx["wall_s"], 2)
                out[f"cpu_speedup_vs_{peer}"] = round(out[peer]["cpu_s"] / dx["cpu_s"], 2)
                out[f"memory_vs_{peer}"] = round(dx["peak_mb"] / out[peer]["peak_mb"], 3)
        out["timeline_vs_ceiling"] = round(dx["mb_s"] / out["ijson_ceiling"]["mb_s"], 3)
        return out

    # -- the whole run ---------------------------------------------------------------------------------
    def check_disk(self, need: float) -> None:
        free = shutil.disk_usage(self.out).free
        self.log(f"disk: {fmt_size(free)} free under {self.out}, about {fmt_size(need)} needed")
        if free < need:
            raise SystemExit(f"not enough disk under {self.out}: {fmt_size(free)} free, ~{fmt_size(need)} needed "
                             "(use smaller --sizes or --skip-specific)")

    def main(self) -> dict[str, Any]:
        a = self.args
        sizes = [parse_size(s) for s in a.sizes.split(",")]
        specific = not a.skip_specific
        need = sum(sizes) * 1.6 + (0 if not specific else (a.tweets_bytes + a.messenger_bytes + a.amazon_rows * 450
                                                            + sum(a.social_bytes)))
        self.check_disk(need + a.peer_bytes * 1.2)
        res = self.results
        compile_project_bytecode()
        res["machine"] = machine_info()
        res["params"] = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(a).items()}
        res["inputs_from"] = "persona generator" if self.persona_ok else "dedicated generators (persona missing)"

        res["sizes"] = []
        generated: list[Input] = []
        if a.generate_only:  # inputs for a later `--keep` run (a 2 GB persona takes minutes to write)
            res["generated"] = [vars(self.sized_input(target)) for target in sizes]
            return res
        for target in sizes:
            inp = self.sized_input(target)
            generated.append(inp)
            names = ["timeline_jsonl", "timeline_sqlite", "report_json", "ijson_ceiling"]
            names += [f"{c}_j{n}" for n in self.jobs() for c in ("timeline_jsonl", "report_json")]
            if a.commands:  # a partial re-run (e.g. only the report after an inference change)
                names = [n for n in names if n in a.commands.split(",")]
            res["sizes"].append({"target": target, **self.run_set(inp, names)})
            if not a.keep:
                self.drop(inp)
        if generated:
            largest = max(generated, key=lambda i: i.bytes)
            res["generator_largest"] = {"input": largest.name, "bytes": largest.bytes, **largest.generator}
        if len(res["sizes"]) >= 2:
            res["growth"] = growth(res["sizes"][0], res["sizes"][-1])

        if not a.skip_peers:
            x = self.generate("x", "peer-x", "--bytes", str(a.peer_bytes), "--zip")
            res["peers"] = self.peers(x)
            if not a.keep:
                self.drop(x)

        if specific:
            res["specific"] = {}
            for key, what, extra in (
                ("tweets_archive", "x", ["--bytes", str(a.tweets_bytes)]),
                ("messenger_export", "messenger", ["--bytes", str(a.messenger_bytes)]),
                ("amazon_orders_csv", "amazon", ["--rows", str(a.amazon_rows)]),
            ):
                if a.specific and key.split("_")[0] not in a.specific.split(","):
                    continue
                inp = self.generate(what, f"specific-{key}", *extra)
                r = self.run_set(inp, ["timeline_jsonl", "ijson_ceiling"])
                r["generator"] = inp.generator
                res["specific"][key] = r
                if not a.keep:
                    self.drop(inp)
            # X archives of likes, DMs, follows and logins at each --social-bytes size: the issue's
            # "archives dominated by likes, follows and DMs", whose timeline and report memory must
            # stay flat as they grow, and whose report must ride the timeline
            social = [] if a.specific and "social" not in a.specific.split(",") else a.social_bytes
            for size in social:
                key = f"social_{fmt_size(size).replace(' ', '')}"
                inp = self.generate("x-social", f"specific-{key}", "--bytes", str(size))
                r = self.run_set(inp, ["timeline_jsonl", "report_json", "ijson_ceiling"])
                r["generator"] = inp.generator
                res["specific"][key] = r
                if not a.keep:
                    self.drop(inp)
            socials = [v for k, v in res["specific"].items() if k.startswith("social_")]
            if len(socials) >= 2:
                res["social_growth"] = growth(socials[0], socials[-1])
        res["targets"] = targets(res)
        return res

    def drop(self, inp: Input) -> None:
        for p in inp.paths:
            path = Path(p)
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            elif path.exists():
                path.unlink()
        # a persona's folder holds its truth.json and every export; the stamp goes with it
        for leftover in (self.inputs_dir / inp.name, self.inputs_dir / f"{inp.name}.done.json"):
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
            elif leftover.exists():
                leftover.unlink()


def _persona_available() -> bool:
    try:
        import dataexam.persona as persona

        return hasattr(persona, "write_persona") and hasattr(persona, "export_paths")
    except ImportError:
        return False


def machine_info() -> dict[str, Any]:
    cpu = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    import ijson

    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(),
            "implementation": platform.python_implementation(), "platform": platform.platform(),
            "ijson_backend": ijson.backend, "ijson_version": getattr(ijson, "__version__", "?"),
            "dataexam_commit": commit, "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"), **temp_folder_info(),
            **processes_info()}


def processes_info() -> dict[str, Any]:
    """How many processes dataexam starts by default here (the peers' ``timeline`` runs with it) and
    the memory left that caps them (dataexam.memory): a figure taken in a small container is read with it."""
    sys.path.insert(0, str(REPO))
    from dataexam import memory, parallel

    return {"default_jobs": parallel.default_jobs(), "memory_headroom_bytes": memory.headroom()}


def temp_folder_info() -> dict[str, Any]:
    """Where the measured runs sort (dataexam.tempdirs' choice), whether it is memory, and its free room:
    where it is memory or short of room the sort compresses its runs (~20 % slower), which the figures
    then include (the table says so)."""
    sys.path.insert(0, str(REPO))
    import tempfile

    from dataexam import tempdirs

    folder = tempdirs.default_parent() or tempfile.gettempdir()
    info = os.statvfs(folder)
    return {"temp_folder": folder, "temp_in_memory": tempdirs.memory_file_system(folder),
            "temp_free_bytes": info.f_bavail * info.f_frsize}


def growth(small: dict[str, Any], large: dict[str, Any]) -> dict[str, Any]:
    """How time and memory grow from the smallest size to the largest (time per byte should stay flat)."""
    out: dict[str, Any] = {"bytes_ratio": round(large["bytes"] / small["bytes"], 2)}
    for n in ("timeline_jsonl", "timeline_sqlite", "report_json", "ijson_ceiling"):
        if n in small and n in large:
            out[n] = {
                "time_ratio": round(large[n]["wall_s"] / small[n]["wall_s"], 2),
                "mb_s_small": small[n]["mb_s"], "mb_s_large": large[n]["mb_s"],
                "memory_small_mb": small[n]["peak_mb"], "memory_large_mb": large[n]["peak_mb"],
                "memory_ratio": round(large[n]["peak_mb"] / small[n]["peak_mb"], 3),
            }
    return out


def targets(res: dict[str, Any]) -> list[dict[str, Any]]:
    """The performance issue's targets, each with the measured figure and whether it is met."""
    out: list[dict[str, Any]] = []

    def add(name: str, measured: Any, ok: bool | None) -> None:
        out.append({"target": name, "measured": measured, "met": ok})

    for s in res.get("sizes", []):
        label = fmt_size(s["bytes"])
        # --commands may have measured only some commands: a target without its figures is left out
        if "timeline_vs_ceiling" in s:
            add(f"timeline ≥ 0.5 × ijson ceiling ({label})", s["timeline_vs_ceiling"], s["timeline_vs_ceiling"] >= 0.5)
        if "timeline_jsonl" in s:
            add(f"timeline peak < 100 MB ({label})", s["timeline_jsonl"]["peak_mb"],
                s["timeline_jsonl"]["peak_mb"] < 100)
        if "timeline_j2_vs_ceiling" in s:
            add(f"timeline --jobs 2 ≥ 0.9 × ijson ceiling ({label})", s["timeline_j2_vs_ceiling"],
                s["timeline_j2_vs_ceiling"] >= 0.9)
        if "timeline_jsonl_j2" in s:
            add(f"timeline --jobs 2 peak < 100 MB, whole process tree ({label})",
                s["timeline_jsonl_j2"]["tree_mb"], s["timeline_jsonl_j2"]["tree_mb"] < 100)
        for report, what in (("report_json", "report peak"), ("report_json_j2", "report --jobs 2 peak")):
            if report in s:
                tree = s[report].get("tree_mb", s[report]["peak_mb"]) if report.endswith("j2") else s[report]["peak_mb"]
                add(f"{what} < 200 MB{', whole process tree' if report.endswith('j2') else ''} ({label})",
                    tree, tree < 200)
        if "report_vs_timeline_time" in s:
            add(f"report ≤ 1.3 × timeline time ({label})", s["report_vs_timeline_time"],
                s["report_vs_timeline_time"] <= 1.3)
    for key, label in (("growth", ""), ("social_growth", "X likes/DMs/follows, ")):
        g = res.get(key) or {}
        for n in ("timeline_jsonl", "report_json"):
            if n in g:
                add(f"{n} memory flat within 20% ({label}smallest → largest)", g[n]["memory_ratio"],
                    g[n]["memory_ratio"] <= 1.2)
    p = res.get("peers")
    if p and "sqlite_speedup_vs_twitter_to_sqlite" in p:
        add("timeline -f sqlite ≥ 3× faster than twitter-to-sqlite import", p["sqlite_speedup_vs_twitter_to_sqlite"],
            p["sqlite_speedup_vs_twitter_to_sqlite"] >= 3)
        add("timeline -f sqlite ≤ 1/10 of twitter-to-sqlite's memory", p["sqlite_memory_vs_twitter_to_sqlite"],
            p["sqlite_memory_vs_twitter_to_sqlite"] <= 0.1)
    for key, s in res.get("specific", {}).items():
        add(f"timeline peak < 100 MB ({key}, {fmt_size(s['bytes'])})", s["timeline_jsonl"]["peak_mb"],
            s["timeline_jsonl"]["peak_mb"] < 100)
        if "report_json" in s:
            add(f"report peak < 200 MB ({key})", s["report_json"]["peak_mb"], s["report_json"]["peak_mb"] < 200)
        if "report_vs_timeline_time" in s:
            add(f"report ≤ 1.3 × timeline time ({key})", s["report_vs_timeline_time"],
                s["report_vs_timeline_time"] <= 1.3)
        if key != "amazon_orders_csv":
            add(f"timeline ≥ 0.5 × ijson ceiling ({key})", s.get("timeline_vs_ceiling"),
                s.get("timeline_vs_ceiling", 0) >= 0.5)
    return out


# -- printing ---------------------------------------------------------------------------------------------

def table(res: dict[str, Any]) -> str:
    m = res["machine"]
    lines = [f"dataexam benchmark — {m['cpu']}, {m['cores']} cores, Python {m['python']}, "
             f"ijson {m['ijson_backend']}, commit {m['dataexam_commit']}",
             f"inputs: {res['inputs_from']}; medians of the repeats; MB = 10^6 bytes of JSON/CSV content",
             f"sort runs in {m.get('temp_folder', '?')}" + (f" ({m['temp_in_memory']}: compressed, slower)"
                                                           if m.get("temp_in_memory") else "")
             + (f"; default --jobs {m['default_jobs']}, memory left {m['memory_headroom_bytes'] / 1e6:,.0f} MB"
                if m.get("memory_headroom_bytes") else ""), ""]
    head = f"{'input':<22}{'command':<18}{'time s':>9}{'MB/s':>9}{'cpu s':>9}{'peak MB':>9}{'×ceil':>7}"
    for title, rows in (("per size", res.get("sizes", [])),
                        ("specific inputs", list(res.get("specific", {}).values()))):
        if not rows:
            continue
        lines += [title, head, "-" * len(head)]
        for s in rows:
            ceil = s["ijson_ceiling"]["mb_s"] if "ijson_ceiling" in s else 0  # not measured (--commands)
            parallel = [k for k in s if k.startswith(("timeline_jsonl_j", "report_json_j"))]
            for n in ("timeline_jsonl", "timeline_sqlite", "report_json", "ijson_ceiling", *parallel):
                if n not in s:
                    continue
                r = s[n]
                ratio = f"{r['mb_s'] / ceil:.2f}" if ceil and n != "ijson_ceiling" else ""
                flag = " FAILED" if r["failed"] else ""
                peak = r.get("tree_mb", r["peak_mb"]) if n in parallel else r["peak_mb"]  # workers count too
                lines.append(f"{s['input'][:14] + ' ' + fmt_size(s['bytes']) if n == 'timeline_jsonl' else '':<22}"
                             f"{n:<18}{r['wall_s']:>9.2f}{r['mb_s']:>9.1f}{r['cpu_s']:>9.2f}{peak:>9.0f}"
                             f"{ratio:>7}{flag}")
            if "report_vs_timeline_time" in s:
                lines.append(f"{'':<22}report / timeline time: {s['report_vs_timeline_time']:.2f}")
            for k in s:
                if k.startswith(("timeline_speedup_j", "report_speedup_j")):
                    lines.append(f"{'':<22}{k.replace('_', ' ')}: ×{s[k]:.2f} over --jobs 1")
            if "timeline_vs_ceiling_cpu" in s:
                lines.append(f"{'':<22}timeline / ceiling throughput in CPU time: {s['timeline_vs_ceiling_cpu']:.2f}")
        lines.append("")
    for key, title in (("growth", "growth smallest → largest"),
                       ("social_growth", "growth of the X likes/DMs/follows archive, smallest → largest")):
        g = res.get(key)
        if not g:
            continue
        lines.append(f"{title} (×{g['bytes_ratio']} bytes)")
        for n, v in g.items():
            if isinstance(v, dict):
                lines.append(f"  {n:<18} time ×{v['time_ratio']:<6} MB/s {v['mb_s_small']} → {v['mb_s_large']}  "
                             f"memory {v['memory_small_mb']:.0f} → {v['memory_large_mb']:.0f} MB "
                             f"(×{v['memory_ratio']})")
        lines.append("")
    p = res.get("peers")
    if p:
        lines.append(f"peers on one X archive ({fmt_size(p['bytes'])}, "
                     f"twitter-to-sqlite {p['twitter_to_sqlite_from']})")
        for n in ("dataexam_timeline", "dataexam_sqlite", "twitter_to_sqlite", "json_load", "ijson_ceiling"):
            if n in p:
                r = p[n]
                lines.append(f"  {n:<20}{r['wall_s']:>9.2f} s{r['mb_s']:>9.1f} MB/s{r['cpu_s']:>9.2f} cpu s"
                             f"{r['peak_mb']:>9.0f} MB"
                             f"{' FAILED' if r['failed'] else ''}")
        for peer in ("twitter_to_sqlite", "json_load"):
            if f"speedup_vs_{peer}" in p:
                lines.append(f"  dataexam vs {peer}: {p[f'speedup_vs_{peer}']}× faster "
                             f"({p[f'cpu_speedup_vs_{peer}']}× in CPU time), "
                             f"{p[f'memory_vs_{peer}']}× the memory")
        if "sqlite_speedup_vs_twitter_to_sqlite" in p:
            lines.append(f"  dataexam -f sqlite vs twitter_to_sqlite: "
                         f"{p['sqlite_speedup_vs_twitter_to_sqlite']}× faster, "
                         f"{p['sqlite_memory_vs_twitter_to_sqlite']}× the memory")
        lines.append("")
    if "generator_largest" in res:
        gl = res["generator_largest"]
        lines += [f"generator writing {gl['input']} ({fmt_size(gl['bytes'])}): {gl['wall_s']} s, "
                  f"peak {gl['peak_mb']} MB", ""]
    lines.append("targets")
    for t in res.get("targets", []):
        mark = "met" if t["met"] else "NOT met"
        lines.append(f"  [{mark:>7}] {t['target']}: {t['measured']}")
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description="dataexam benchmark (see the module docstring).")
    ap.add_argument("--sizes", default="100MB,500MB,2GB", help="persona export sizes (JSON/CSV content)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per command (median quoted)")
    ap.add_argument("--repeat-large", type=int, default=1, help="runs per command for inputs over --large-over")
    ap.add_argument("--large-over", type=parse_size, default=parse_size("1.2GB"),
                    help="inputs larger than this get --repeat-large runs")
    ap.add_argument("--json", type=Path, help="write every figure here as JSON")
    ap.add_argument("--out", type=Path, default=REPO / "bench-out", help="work folder (inputs, logs, venv)")
    ap.add_argument("--keep", action="store_true", help="keep the generated inputs")
    ap.add_argument("--generate-only", action="store_true",
                    help="only generate the persona inputs of --sizes (kept for a later run with --keep)")
    ap.add_argument("--quick", action="store_true", help="smoke run: a few MB, one run each, no install")
    ap.add_argument("--commands", default="", help="only these per-size commands, comma list (timeline_jsonl, "
                    "timeline_sqlite, report_json, ijson_ceiling, timeline_jsonl_j2, report_json_j2)")
    ap.add_argument("--skip-peers", action="store_true")
    ap.add_argument("--skip-specific", action="store_true")
    ap.add_argument("--specific", default="", help="only these specific inputs: tweets,messenger,amazon,social")
    ap.add_argument("--no-install", action="store_true", help="do not pip-install twitter-to-sqlite")
    ap.add_argument("--peer-bytes", type=parse_size, default=parse_size("100MB"), help="X archive for the peers")
    ap.add_argument("--tweets-bytes", type=parse_size, default=parse_size("1GB"))
    ap.add_argument("--messenger-bytes", type=parse_size, default=parse_size("1GB"))
    ap.add_argument("--amazon-rows", type=int, default=1_000_000)
    ap.add_argument("--social-bytes", type=lambda v: [parse_size(x) for x in v.split(",") if x.strip()],
                    default="100MB,1GB", help="sizes of the X archive of likes, DMs, follows and logins, comma "
                    "list (timeline and report at each; memory growth from the first to the last); '' = none")
    ap.add_argument("--jobs", default="2", help="worker counts above 1 to measure too, comma list (persona "
                    "sizes: timeline and report with --jobs N beside --jobs 1); '' = none")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.quick:
        args.sizes = "2MB,6MB" if args.sizes == "100MB,500MB,2GB" else args.sizes
        args.repeat, args.repeat_large, args.no_install = 1, 1, True
        args.peer_bytes = min(args.peer_bytes, 2 * MB)
        args.tweets_bytes, args.messenger_bytes = min(args.tweets_bytes, 3 * MB), min(args.messenger_bytes, 3 * MB)
        args.amazon_rows = min(args.amazon_rows, 5000)
        args.social_bytes = [min(b, 3 * MB) for b in args.social_bytes][:1]
    args.out = args.out.resolve()
    if args.generate_only:
        args.keep = True
    bench = Bench(args)
    try:
        res = bench.main()
    finally:
        if not args.keep:
            shutil.rmtree(bench.inputs_dir, ignore_errors=True)
            shutil.rmtree(bench.work, ignore_errors=True)
    if args.json:  # the figures first: an hour of runs must not be lost to a table that cannot be drawn
        args.json.parent.mkdir(parents=True, exist_ok=True)
        with open(os.open(args.json, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as fh:
            os.fchmod(fh.fileno(), 0o600)  # it names the inputs: private like dataexam's own outputs
            json.dump(res, fh, indent=2, ensure_ascii=False, default=str)
        print(f"figures written to {args.json}", file=sys.stderr)
    print(table(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())

