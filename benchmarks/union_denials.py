"""What the trade-union denial reading costs (ART63; issue 16): the first call in a process, a text's median, a long
tail before a word that undoes the denial.

    python benchmarks/union_denials.py [--rounds 5] [--against DIR]

Each figure is the median of ``--rounds`` runs, each in a fresh process (``PYTHONPYCACHEPREFIX`` a temp dir made
once, so bytecode is cached as in a user's second run and the figure is the regex compile and matching):

- ``first``: the first ``categories.special_category`` call of a process on a denial undone at once ("No estoy en
  CCOO 😂 estoy en UGT"): before ART63 this compiled every "no …" phrase with its 10,000-character check inside.
- ``median``: the median per-text time over the union grid texts below (denial × answer × tail, seven languages),
  each read once after the first call.
- ``tail …``: one text of a denial, 3,000 repeats of a word that may follow it, then "x" (which undoes it); and
  (ART65) a question, 4,000 blanks or newlines, then a word.

``--against DIR`` runs the same figures with ``DIR`` first on ``PYTHONPATH`` (a checkout of another commit, e.g.
``git archive main dataexam | tar -x -C /tmp/base``) and prints both. Not part of the test suite (speed is never
asserted by a timed test here).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

DENIALS = ("I'm not in the Teamsters", "Aren't you in the UAW?", "Ich bin nicht in der IG Metall",
           "Bist du nicht in der Gewerkschaft?", "No estoy en CCOO", "¿No estás en el sindicato?",
           "Não sou sindicalizado", "Tu n'es pas au syndicat ?", "Non sei iscritto alla CGIL?",
           "Ben je niet lid van de FNV?")
ANSWERS = ("", " no", " Nein", " Nee", " no 😂", " yes")
TAILS = ("", " 😂", ". Are you?", " lol", ". I'm in the UAW.", " x")
LONG = {"never": "Aren't you in the UAW? no" + " never" * 3000 + " x",
        "lol": "Aren't you in the UAW? no" + " lol" * 3000 + " x",
        "emoji": "¿No estás en CCOO? No" + " 😂" * 3000 + " x",
        # ART65 (T58C: 4,000 blanks after a question 3.7 s — a sentence's start read at each newline of the run, each
        # read to the run's end: "owner's things on strike", shapes.PART_THEN_STRIKE)
        "newlines": "Are you on strike?" + "\n" * 4000 + " x",
        "blanks": "Bist du nicht in der Gewerkschaft?" + " " * 4000 + " x",
        "blank lines": "Aren't you in the union?" + " \n" * 2000 + "ich bin dabei",
        # ART66: the plain question asked again and again (shapes.UNION_ASKED_YES read each to the line's end for an
        # answer no: 3,000 times 70 s before it was cut), a third person's denial after a long laugh
        "asked again": "Is he in the union? " * 3000,
        "third person lol": "She is in the union? " + "lol " * 3000 + "x"}

_CHILD = r"""
import json, statistics, sys, time
from dataexam.categories import special_category
texts, long = json.loads(sys.stdin.read())
t0 = time.perf_counter(); special_category("No estoy en CCOO 😂 estoy en UGT"); first = time.perf_counter() - t0
each = []
for t in texts:
    t0 = time.perf_counter(); special_category(t); each.append(time.perf_counter() - t0)
tails = {}
for name, t in long.items():
    t0 = time.perf_counter(); special_category(t); tails[name] = time.perf_counter() - t0
print(json.dumps({"first": first, "median": statistics.median(each), **{"tail " + k: v for k, v in tails.items()}}))
"""


def run_once(path: str, cache: str) -> dict[str, float]:
    """One fresh process's figures (seconds), with ``path`` (a checkout) first on ``PYTHONPATH``, run from ``cache``
    (not from a checkout, whose ``dataexam`` would come first)."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (path, env.get("PYTHONPATH"))))
    texts = [d + a + t for d, a, t in itertools.product(DENIALS, ANSWERS, TAILS)]
    out = subprocess.run([sys.executable, "-c", _CHILD], input=json.dumps([texts, LONG]), env=env, text=True,
                         capture_output=True, check=True, cwd=cache)
    return json.loads(out.stdout)


def main() -> None:
    """Print the median figures of ``--rounds`` fresh processes (and of ``--against``'s, where given)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--against", help="a checkout whose dataexam is measured too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        runs = {"this": str(Path(__file__).resolve().parents[1]),
                **({"against": str(Path(args.against).resolve())} if args.against else {})}
        for path in runs.values():
            run_once(path, cache)  # bytecode cached, as on a second run
        for name, path in runs.items():
            rows = [run_once(path, cache) for _ in range(args.rounds)]
            print(name, {k: f"{statistics.median(r[k] for r in rows):.4f} s" for k in rows[0]})


if __name__ == "__main__":
    main()
