"""PERF58: the sleep bootstrap's arithmetic with fewer Python steps, the same numbers.

PackedColumns packs fields of one byte where no column's sum can pass 255 (a night's 0/1 bins over a quarter's
nights); ``median_active`` sorts and picks each bin's median by ``map``; ``pool_alike`` zips instead of indexing.
Each is compared here with the form it replaced, float for float (``struct`` bytes, so a rounding or a zero's sign
would show)."""

import random
import struct

from dataexam.inference.engine import PackedColumns
from dataexam.inference.sleepwindow import median_active, pool_alike


def _bits(values):
    return [struct.pack("<d", float(v)) + type(v).__name__.encode() for v in values]


def _median_active_loop(period_counts, sizes, total):
    # the per-bin loop median_active ran before PERF58
    shares = [[c / n for c in counts] for counts, n in zip(period_counts, sizes, strict=True)]
    k, odd = divmod(len(shares), 2)
    out = []
    for col in zip(*shares, strict=True):
        ranked = sorted(col)
        out.append((ranked[k] if odd else (ranked[k - 1] + ranked[k]) / 2) * total)
    return out


def _pool_alike_loop(active, sizes, alike):
    # pool_alike before PERF58
    if alike is None:
        return dict(active)
    total = sum(sizes[t] for t in active)
    pooled = [sum(col) / total for col in zip(*active.values(), strict=True)]
    return {t: [pooled[r] * sizes[t] if same else v for r, (v, same) in enumerate(zip(vals, alike, strict=True))]
            for t, vals in active.items()}


def test_one_byte_fields_where_sums_stay_under_256():
    # two rows of counts ≤ 3: 6 needs 3 bits, so 8-bit fields: 1 + 2·2⁸ + 3·2¹⁶, 1·2¹⁶
    pc = PackedColumns([[1, 2, 3], [0, 0, 1]], 3)
    assert pc._bits == 8
    assert pc.packed == [197121, 65536]
    assert pc.sums([0, 0, 1]) == [2, 4, 7]
    # 255 rows of 0/1 (a sum of 255 at most) still fit a byte; 256 rows do not
    assert PackedColumns([[1, 0]] * 255, 2)._bits == 8
    assert PackedColumns([[1, 0]] * 256, 2)._bits == 16
    full = PackedColumns([[1, 1]] * 255, 2)
    assert full.sums(range(255)) == [255, 255]


def test_sleep_shaped_sums_match_the_weighted_counts():
    rng = random.Random(58)
    for _ in range(200):
        n = rng.randint(1, 300)
        p = rng.random()
        rows = [[1 if rng.random() < p else 0 for _ in range(192)] for _ in range(n)]
        pc = PackedColumns(rows, 192)
        assert pc._bits == (8 if n <= 255 else 16)
        draws = [rng.randrange(n) for _ in range(n)]
        weights = [0] * n
        for d in draws:
            weights[d] += 1
        assert pc.sums(draws) == [sum(w * row[c] for w, row in zip(weights, rows)) for c in range(192)]


def test_median_active_matches_the_loop():
    rng = random.Random(263)
    for _ in range(3000):
        groups = rng.randint(0, 9)
        width = rng.choice([0, 1, 3, 192])
        sizes = [rng.randint(1, 120) for _ in range(groups)]
        counts = [[rng.randint(0, s) for _ in range(width)] for s in sizes]
        total = rng.randint(1, 900)
        assert _bits(median_active(counts, sizes, total)) == _bits(_median_active_loop(counts, sizes, total))


def test_median_active_values():
    # three quarters of 10, 20 and 40 nights: per bin the middle share, times 70 nights
    assert median_active([[1, 10], [4, 0], [40, 8]], [10, 20, 40], 70) == [0.2 * 70, 0.2 * 70]
    # two quarters: the mean of the two shares
    assert median_active([[1, 0], [3, 4]], [4, 8], 12) == [(0.25 + 0.375) / 2 * 12, (0.0 + 0.5) / 2 * 12]


def test_pool_alike_matches_the_loop():
    rng = random.Random(366)
    for _ in range(3000):
        width = rng.choice([0, 1, 96, 192])
        sizes = {"weekday": rng.randint(1, 300), "weekend": rng.randint(1, 120)}
        active = {t: [rng.choice([rng.randint(0, s), rng.random() * s]) for _ in range(width)]
                  for t, s in sizes.items()}
        alike = rng.choice([None, [rng.random() < 0.5 for _ in range(width)]])
        got, want = pool_alike(active, sizes, alike), _pool_alike_loop(active, sizes, alike)
        assert list(got) == list(want)
        assert all(_bits(got[t]) == _bits(want[t]) for t in want)
