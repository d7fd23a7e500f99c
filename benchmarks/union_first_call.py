"""What the first text naming a trade union costs a process (ART68; issue 16): the regex compiles its reading pays.

    python benchmarks/union_first_call.py [--rounds 5] [--against DIR]

ART67 read every union name in each of seven languages' forms ("not in a union by its name (xx)", one pattern per
language, each some 23,000 characters): the first text naming a union compiled the English, Spanish and Dutch
patterns whatever its words (and the others where their words stood). ART68 compiles a language's pattern only at the
first text holding its words of negation or question (everyday._UNION_FORM_WORDS). Each text below is read first in a
fresh process (bytecode cached: ``PYTHONPYCACHEPREFIX`` a temp dir made once) after one plain text; the figure is
the median over ``--rounds`` processes of that one call, with the language patterns it compiled.

``--against DIR`` runs the same with ``DIR`` first on ``PYTHONPATH`` (a checkout of another commit, e.g.
``git archive main dataexam | tar -x -C /tmp/base``) and prints both. Not part of the test suite (speed is never
asserted by a timed test here).
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

TEXTS = ("I'm in the Teamsters", "My wife is in the union", "Estoy en CCOO", "Ich bin in der IG Metall",
         "Are you in the Teamsters? no", "¿Estás en la UGT? No", "Bist du in der IG Metall? Nein",
         "She is in the union\nAre you in the Teamsters? no.")

_CHILD = r"""
import json, sys, time
import dataexam
assert dataexam.__file__.startswith(sys.argv[2]), dataexam.__file__
from dataexam.categories import special_category
from dataexam.special_terms.everyday import EVERYDAY_PATTERNS
special_category("Lunch at noon with Sam")
t = time.perf_counter()
special_category(sys.argv[1])
took = time.perf_counter() - t
done = [n[-3:-1] for n, p in EVERYDAY_PATTERNS.items()
        if n.startswith("not in a union by its name") and getattr(p.rx, "_compiled", None) is not None]
print(json.dumps([took, done]))
"""


def _first(text: str, path: str | None, cache: str) -> tuple[float, list[str]]:
    """One fresh process's first call on ``text``: seconds, and the languages whose pattern it compiled."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
    if path:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (path, env.get("PYTHONPATH"))))
    # (run from the cache's directory: ``-c`` puts the working directory first on the path, before PYTHONPATH)
    out = subprocess.run([sys.executable, "-c", _CHILD, text, path or ""], env=env, capture_output=True, text=True,
                         check=True, cwd=cache)
    took, done = json.loads(out.stdout.strip().splitlines()[-1])
    return took, done


def _figures(path: str | None, rounds: int, cache: str) -> dict[str, tuple[float, list[str]]]:
    """Per text: the median first-call seconds over ``rounds`` processes, and the languages compiled."""
    out = {}
    for text in TEXTS:
        runs = [_first(text, path, cache) for _ in range(rounds)]
        out[text] = (statistics.median(r[0] for r in runs), runs[-1][1])
    return out


def main() -> None:
    """Print the figures (and those of ``--against``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--against", help="a directory holding another commit's dataexam/")
    args = parser.parse_args()
    here = str(Path(__file__).resolve().parent.parent)
    against = str(Path(args.against).resolve()) if args.against else None
    with tempfile.TemporaryDirectory() as cache:
        _first(TEXTS[0], here, cache)  # bytecode cached once
        mine = _figures(here, args.rounds, cache)
        base = None
        if against:
            _first(TEXTS[0], against, cache)
            base = _figures(against, args.rounds, cache)
    for text, (took, done) in mine.items():
        line = f"{text!r:52} {took:6.3f} s  compiled {','.join(done) or '-':14}"
        if base is not None:
            btook, bdone = base[text]
            line += f"  against {btook:6.3f} s  compiled {','.join(bdone) or '-'}"
        print(line)
    total = sum(t for t, _ in mine.values())
    print(f"sum {total:.3f} s" + (f"  against {sum(t for t, _ in base.values()):.3f} s" if base else ""))


if __name__ == "__main__":
    main()
