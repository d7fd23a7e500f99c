"""The keyword match's first step, done three ways on the same texts: which is fastest (issue 16).

    dataexam timeline --jobs 1 --kind twitter.like --kind twitter.dm ARCHIVE > texts.jsonl
    python benchmarks/keyword_match.py texts.jsonl [--rounds 3]

``categories._analysed`` first finds which keyword tokens a text holds (``hits``): the text's maximal
``[\\w-]`` runs, lower-cased (``_TOKEN.findall``, C), intersected with every keyword's tokens (a frozenset,
C). The other two ways find the same set:

* an Aho–Corasick automaton over every keyword token (``pyahocorasick``, timed only where it is installed:
  it is no dependency of dataexam), each match kept where no ``[\\w-]`` character touches it on either side
  (``str.isalnum()`` is what ``re``'s ``\\w`` matches, with ``_``);
* one compiled alternation of every keyword token, longest first, between ``(?<![\\w-])`` and ``(?![\\w-])``.

Every text's three sets are checked equal first (the script exits 1 otherwise); then each way runs over all
the texts, ``--rounds`` times, interleaved, and the median CPU time of each is printed. Texts holding a
letter of ``categories._FOLDS`` are left out, as ``_analysed`` reads them by the regexes instead. Not part of
the test suite.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable

from dataexam import categories, gcpolicy


def read_texts(path: str) -> list[str]:
    """The lower-cased ``text`` of every row of a ``dataexam timeline`` JSON Lines file that has one."""
    out = []
    with open(path, "rb") as f:
        for line in f:  # one row at a time
            text = json.loads(line).get("text")
            if text and (text.isascii() or not categories._FOLDS.search(text)):
                out.append(text.lower())
    return out


def ways() -> dict[str, Callable[[str], set[str] | frozenset[str]]]:
    """The ways of finding a lower-cased text's keyword tokens, by name (the current one first)."""
    tokens = categories._keyword_index().tokens
    findall = categories._TOKEN.findall

    def current(low: str) -> frozenset[str]:
        return tokens.intersection(findall(low))

    alternation = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True))
                             + r")(?![\w-])")

    def one_alternation(low: str) -> set[str]:
        return set(alternation.findall(low))

    found: dict[str, Callable[[str], set[str] | frozenset[str]]] = {
        "findall + intersection (current)": current, "one alternation": one_alternation}
    try:
        import ahocorasick  # type: ignore[import-not-found]
    except ImportError:
        print("pyahocorasick is not installed: the automaton is not timed", file=sys.stderr)
        return found
    automaton = ahocorasick.Automaton()
    for token in tokens:
        automaton.add_word(token, (len(token), token))
    automaton.make_automaton()

    def aho_corasick(low: str) -> set[str]:
        out = set()
        last = len(low) - 1
        for end, (length, token) in automaton.iter(low):
            start = end - length + 1
            before = low[start - 1] if start else " "
            after = low[end + 1] if end < last else " "
            if not (before.isalnum() or before in "_-" or after.isalnum() or after in "_-"):
                out.add(token)
        return out

    found["Aho-Corasick automaton + bounds"] = aho_corasick
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", help="a dataexam timeline JSON Lines file")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    gcpolicy.relax()  # as the CLI does
    texts = read_texts(args.texts)
    found = ways()
    reference = next(iter(found.values()))
    for name, way in found.items():
        differ = sum(1 for low in texts if way(low) != reference(low))
        if differ:
            print(f"{name}: {differ} of {len(texts)} texts give other keyword tokens", file=sys.stderr)
            return 1
    times: dict[str, list[float]] = {name: [] for name in found}
    for _ in range(args.rounds):
        for name, way in found.items():
            start = time.process_time()
            for low in texts:
                way(low)
            times[name].append(time.process_time() - start)
    print(f"{len(texts)} texts, the same keyword tokens every way; CPU seconds, median of {args.rounds} rounds:")
    for name, runs in times.items():
        print(f"  {statistics.median(runs):7.3f} s  {name}  ({', '.join(f'{r:.3f}' for r in runs)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
