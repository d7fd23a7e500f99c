"""VADER on long texts: vaderSentiment's own analyser against dataexam's linear one (PERF16, issue 16).

    python benchmarks/vader_long.py                 # 250 … 2,000 emoji, both analysers, same scores checked
    python benchmarks/vader_long.py --sizes 500,8000 --skip-vader-over 2000

Prints CPU seconds per ``polarity_scores`` call for each text and whether the two dictionaries are equal. VADER's
time grows with the square of the token count; :class:`dataexam.inference.vaderlinear.LinearAnalyzer` linearly.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from dataexam.inference.vaderlinear import LinearAnalyzer

#: (prefix, repeated unit): an emoji run (T57D 3), one with "but", words with boosters and negations
SHAPES = (("I'm not in the UAW ", "😂"), ("I love it but ", "😂"), ("", "🙂 "),
          ("Not bad at all. ", "very good but kinda bad! "))


def _cpu(fn, text: str) -> tuple[float, dict[str, float]]:
    start = time.process_time()
    out = fn(text)
    return time.process_time() - start, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="250,500,1000,2000", help="repeat counts, comma-separated")
    ap.add_argument("--skip-vader-over", type=int, default=4000, help="run VADER's own analyser only up to this count")
    args = ap.parse_args(argv)
    vader, linear = SentimentIntensityAnalyzer(), LinearAnalyzer()
    vader.polarity_scores("warm up 😂"), linear.polarity_scores("warm up 😂")
    print(f"{'text':<40} {'vader s':>9} {'linear s':>9}  same")
    ok = True
    for prefix, unit in SHAPES:
        for count in (int(n) for n in args.sizes.split(",")):
            text = prefix + unit * count
            fast, got = _cpu(linear.polarity_scores, text)
            if count <= args.skip_vader_over:
                slow, want = _cpu(vader.polarity_scores, text)
                same = got == want
                ok &= same
                print(f"{(prefix + unit)[:30]!r:<32} x{count:<6} {slow:9.3f} {fast:9.3f}  {same}", flush=True)
            else:
                print(f"{(prefix + unit)[:30]!r:<32} x{count:<6} {'-':>9} {fast:9.3f}  -", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
