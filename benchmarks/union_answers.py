"""How the Art. 9 reading's time grows with a run of union questions answered no (ART67; issue 16).

    python benchmarks/union_answers.py [--rounds 3]

"Are you in the Teamsters? no. " repeated: each answer reads to the text's end only once the questions after it are
blanked, so the everyday phrases free one another from the end back. Before ART67 the blanked text was read again by
recursion, once per answer (2,000 answers: 4–12 s, a 120-round cap against RecursionError); now they are blanked to a
fixed point in one loop (``categories._without_exceptions``). For each question (English, Spanish, German, the
negated English and the German statement) and each count (500 … 4,000) this prints the median wall and CPU time of
``categories.special_category`` over ``--rounds`` runs, the reading, and the CPU time's ratio to the 500-answer time:
linear time gives ratios near the count ratio (8 at 4,000), quadratic ≈ 64. Not part of the test suite (speed is
never asserted by a timed test here).
"""

from __future__ import annotations

import argparse
import statistics
import time

from dataexam.categories import special_category

COUNTS = (500, 1_000, 2_000, 4_000)
QUESTIONS = ("Are you in the Teamsters? no. ", "¿Estás en el sindicato? No. ", "Bist du in der Gewerkschaft? Nein. ",
             "Aren't you in the UAW? No. ", "Ich bin nicht in der Gewerkschaft. ")


def median_seconds(text: str, rounds: int) -> tuple[float, float, str | None]:
    """Median wall and CPU seconds of ``special_category`` on ``text`` (new blanks before it each round: matches are
    cached) over ``rounds`` calls, and its reading. CPU seconds: the process's own (a loaded shared machine stretches
    the wall time)."""
    times, cpu, reading = [], [], None
    for n in range(rounds):
        varied = " " * (n + 1) + text  # blanks before it: the reading stays, the text is new
        start, start_cpu = time.perf_counter(), time.process_time()
        reading = special_category(varied)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(times), statistics.median(cpu), reading


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    special_category(QUESTIONS[0])  # the patterns compiled before the clock starts
    for question in QUESTIONS:
        base = None
        for count in COUNTS:
            seconds, cpu, reading = median_seconds(question * count, args.rounds)
            base = base or cpu
            print(f"{question!r:42} ×{count:<5} {seconds:7.3f} s wall {cpu:7.3f} s CPU  {reading!s:6} "
                  f"CPU ratio {cpu / base:5.1f}", flush=True)


if __name__ == "__main__":
    main()
