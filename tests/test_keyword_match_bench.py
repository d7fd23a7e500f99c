"""benchmarks/keyword_match.py: the ways of finding a text's keyword tokens it times give the same tokens."""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import keyword_match  # noqa: E402

# word bounds each way must keep: a hyphen or an underscore joins (no "dog" in "dog_walker" nor in "hot-dog"),
# a letter beyond ASCII joins ("ñbike"), punctuation and digits-as-words do not ("5k," is 5k)
TEXTS = ["I ran a 5k, with my dog_walker and my DOG.", "hot-dog stand; ñbike; bike!", "Drum and bass at 4am",
         "nothing here", "", "Trail running in the mountains — trail-running shoes"]


def test_every_way_finds_the_keyword_tokens_the_match_finds() -> None:
    lows = [t.lower() for t in TEXTS]
    ways = keyword_match.ways()
    current = ways["findall + intersection (current)"]
    assert current(lows[0]) == {"5k", "a", "my", "dog", "and"}
    assert current(lows[1]) == {"bike"}
    for name, way in ways.items():
        assert [way(low) for low in lows] == [current(low) for low in lows], name


def test_main_reads_a_timeline_and_times_each_way(tmp_path: Path, capsys) -> None:
    rows = tmp_path / "t.jsonl"
    rows.write_text("".join(json.dumps({"kind": "twitter.like", "text": t}) + "\n" for t in TEXTS) + '{"kind": "x"}\n')
    assert keyword_match.main([str(rows), "--rounds", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{len([t for t in TEXTS if t])} texts, the same keyword tokens every way")
    assert "one alternation" in out
