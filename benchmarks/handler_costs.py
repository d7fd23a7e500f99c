"""Measure what one byte of each parser handler's files costs to read, for the parallel planner.

``dataexam.parallel.member_costs`` estimates each member's work as its size times a relative cost
per byte (``Parser.handler_costs``, else ``Parser.parse_cost``; X tweets = 1.0), and ``plan`` shares
members between processes by those estimates. This script reads the given inputs in one process,
as ``timeline`` does (parse, JSON Lines encoding, sort runs; exports of several accounts allowed),
times every member from its first record to its last, and prints per parser and handler: bytes,
seconds, records, ns per byte, and
the cost relative to ``TwitterParser._parse_tweets`` on the same machine (the figure to put in the
parser's ``handler_costs``). Members under ``--min-bytes`` are left out of the table (their fixed
set-up dominates). Prints figures only; nothing is asserted.

    python benchmarks/handler_costs.py INPUT [INPUT ...] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dataexam import api
from dataexam import parser as parser_module
from dataexam.writers import jsonl_line


def measure(paths: list[str]) -> list[tuple[str, str, str, int, float, int]]:
    """``(parser class, handler, member path, bytes, seconds, records)`` per member read."""
    rows: list[tuple[str, str, str, int, float, int]] = []
    original = parser_module.Parser.parse_member

    def timed(self, archive, member, handler_name) -> Iterator:  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        n = 0
        for item in original(self, archive, member, handler_name):
            n += 1
            yield item
        rows.append((type(self).__name__, handler_name, member.path, member.size, time.perf_counter() - start, n))

    parser_module.Parser.parse_member = timed  # type: ignore[method-assign]
    try:
        for _ in api.timeline_encoded(paths, jsonl_line, jobs=1, per_account=True):
            pass
    finally:
        parser_module.Parser.parse_member = original  # type: ignore[method-assign]
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--min-bytes", type=int, default=100_000)
    ap.add_argument("--json", help="write the per-member rows here")
    args = ap.parse_args()
    rows = measure(args.inputs)
    if args.json:
        # its rows name the inputs' files: private (0600) like every file dataexam writes
        with open(os.open(args.json, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as fh:
            os.fchmod(fh.fileno(), 0o600)  # also a file that was there before
            json.dump(rows, fh)
    totals: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0, 0])
    for cls, handler, _path, size, seconds, n in rows:
        if size >= args.min_bytes:
            t = totals[(cls, handler)]
            t[0] += size
            t[1] += seconds
            t[2] += n
    tweets = totals.get(("TwitterParser", "_parse_tweets"))
    unit = tweets[1] / tweets[0] if tweets and tweets[0] else None
    print(f"{'parser':16} {'handler':26} {'MB':>8} {'s':>7} {'records':>9} {'ns/B':>7} {'× tweets':>8}")
    for (cls, handler), (size, seconds, n) in sorted(totals.items(), key=lambda kv: -kv[1][1]):
        rel = f"{seconds / size / unit:8.2f}" if unit else "       -"
        print(f"{cls:16} {handler:26} {size / 1e6:8.2f} {seconds:7.2f} {int(n):9d} {seconds / size * 1e9:7.1f} {rel}")
    if unit is None:
        print("(no X tweets among the inputs: add an X archive for the relative column)")


if __name__ == "__main__":
    main()
