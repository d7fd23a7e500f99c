"""How the Art. 9 reading's time grows with a run of blanks after "zur Messe" (ART54; issue 16).

    python benchmarks/long_blanks.py [--rounds 5]

Before ART54 the Messe patterns could split a run of blanks every way: 20,000 blanks took 87 s and 50,000 did not
finish on a loaded machine. For each run length (5,000 … 100,000 blanks) and each ending ("x": a Mass; "nach Köln",
"IFA": a trade fair) this prints the median wall time of ``categories.special_category`` over ``--rounds`` runs and
its ratio to the 5,000-blank time: linear time gives ratios near the length ratio (10 at 50,000), quadratic ≈ 100.
Not part of the test suite (speed is never asserted by a timed test here).
"""

from __future__ import annotations

import argparse
import statistics
import time

from dataexam.categories import special_category

LENGTHS = (5_000, 20_000, 50_000, 100_000)
TAILS = ("x", "nach Köln", "IFA")


def median_seconds(text: str, rounds: int) -> float:
    """Median wall seconds of ``special_category`` on ``text`` (a round number after it) over ``rounds`` calls."""
    times = []
    for n in range(rounds):
        varied = f"{text} {n}"  # a new text each round: the matches of a text seen before are cached
        start = time.perf_counter()
        special_category(varied)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    special_category("Sonntag zur Messe x")  # load the term tables first
    print(f"{'ending':<10} {'blanks':>8} {'median s':>10} {'× 5,000':>8}")
    for tail in TAILS:
        base = None
        for length in LENGTHS:
            seconds = median_seconds("Sonntag zur Messe" + " " * length + tail, args.rounds)
            base = base or max(seconds, 1e-9)
            print(f"{tail:<10} {length:>8,} {seconds:>10.4f} {seconds / base:>8.1f}")


if __name__ == "__main__":
    main()
