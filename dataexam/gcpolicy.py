"""How often dataexam's own processes run Python's cyclic garbage collector.

CPython's default (a young-generation collection every 700 net new container objects, an older one
every 10 of those) suits programs that keep few objects alive. A dataexam run allocates millions of
short-lived containers (an event, its attributes, a sort entry, an aggregator's tuple per record)
while holding large long-lived tables (keyword indexes, language profiles, aggregator state), so each
young collection also walks objects that survive it. Measured on a 100 MB X archive of likes, DMs,
follows and logins (``benchmarks/gen.py x-social``, ``report --jobs 1``, issue 16): 2,048 young,
186 middle and 14 full collections took ~5.5 s of a ~24 s CPU run; with a young collection every
20,000 objects, 49 and 4 collections took ~1.3 s (CPU 18 s), at the same peak memory (122 vs 126 MB).
Reference counting still frees every object without a cycle at once; only cyclic garbage waits a
little longer, a few MB at most.

Only the command line and its worker processes call :func:`relax`: a library caller's process keeps
its own settings.
"""

from __future__ import annotations

import gc

#: net new container objects between young-generation collections (CPython's default: 700)
YOUNG_THRESHOLD = 20_000


def relax() -> None:
    """Collect the young generation every :data:`YOUNG_THRESHOLD` objects; the older generations'
    ratios stay CPython's (every 10 collections of the one below)."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
