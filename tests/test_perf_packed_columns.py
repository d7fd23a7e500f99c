"""PERF29: PackedColumns packs a row from its native array's bytes: the same integers as the sum of shifted fields,
and the same resample sums."""

import random

from dataexam.inference.engine import PackedColumns


def test_fields_at_sixteen_bits():
    pc = PackedColumns([[1, 2, 300], [0, 0, 1]], 3)
    # two rows of counts ≤ 300: a field needs 10 bits (2 × 300 = 600), so 16-bit fields; 1 + 2·2¹⁶ + 300·2³², 1·2³²
    # (counts ≤ 3 got 16-bit fields too before PERF58's 8-bit ones: tests/test_perf_packed_columns_perf58.py)
    assert pc.packed == [1288490319873, 4294967296]
    assert pc.sums([0, 0, 1]) == [2, 4, 601]


def test_same_integers_as_the_shifted_sum():
    rng = random.Random(29)
    for _ in range(300):
        width = rng.choice([1, 24, 168, 192])
        top = rng.choice([1, 40, 5000, 80000])
        rows = [[rng.randint(0, top) if rng.random() < 0.5 else 0 for _ in range(width)]
                for _ in range(rng.randint(1, 120))]
        pc = PackedColumns(rows, width)
        bits = pc._bits
        assert pc.packed == [sum(v << (bits * c) for c, v in enumerate(row) if v) for row in rows]
        draws = [rng.randrange(len(rows)) for _ in rows]
        assert pc.sums(draws) == [sum(rows[d][c] for d in draws) for c in range(width)]
