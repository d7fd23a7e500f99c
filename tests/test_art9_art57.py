"""ART57: Art. 9 signals — an illness after a "with" look-alike, answers' tense and retractions, third-person and
dash answers, T50E's over-reads, and the look-alikes' crossing check made n log m."""

import random

from dataexam.categories import _edge_inside, special_category

# --- 5. speed: a term's match crosses a soft look-alike's edge exactly where a phrase's start or end lies inside it

def test_edge_inside_is_the_pairwise_crossing_check():
    rng = random.Random(57)
    for _ in range(20000):
        soft = [(a, a + rng.randint(1, 10)) for a in (rng.randint(0, 30) for _ in range(rng.randint(0, 5)))]
        start = rng.randint(0, 35)
        end = start + rng.randint(1, 10)
        pairwise = any(start < b and a < end and not (a <= start and end <= b) for a, b in soft)
        starts, ends = sorted(a for a, _b in soft), sorted(b for _a, b in soft)
        assert (_edge_inside(starts, start, end) or _edge_inside(ends, start, end)) is pairwise


def test_repeated_not_in_the_union_reads_none():
    assert special_category("Ich bin nicht in der Gewerkschaft. " * 2000) is None
    assert special_category("Bist du nicht in der Gewerkschaft? Nein. " * 400) is None
    assert special_category("Ich bin nicht in der Gewerkschaft. " * 50 + "Ich bin in der Gewerkschaft.") == "union"
