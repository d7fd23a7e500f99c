"""No finding says an end before its start (the twenty-ninth pass's third tester, M7: orders on four marketplaces
at once, Berlin's last after London's first, made a move "between 2024-07-13 and 2024-07-02"). Interleaved
shipping addresses date no move; the invariant is checked over every finding value that has a start and an end.
Every person and town here is invented.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from test_home_shipping import home_of, orders
from test_inference_synth import Stream

# (start, end) key pairs a finding value uses for a span, as ISO dates or months
SPANS = (("start", "completed"), ("start", "end"), ("first", "last"), ("from", "until"), ("since", "until_day"))


def spans(value: Any, path: str = "") -> list[tuple[str, str, str]]:
    """Every (path, start, end) in a finding's value whose two ends are ISO dates (or months)."""
    out: list[tuple[str, str, str]] = []
    if isinstance(value, dict):
        for a, b in SPANS:
            x, y = value.get(a), value.get(b)
            if isinstance(x, str) and isinstance(y, str) and x[:4].isdigit() and y[:4].isdigit():
                out.append((f"{path}.{a}/{b}", x, y))
        moved = value.get("moved")  # the logins' move: the old country's last day (until) ≤ the new one's first
        if isinstance(moved, dict) and isinstance(moved.get("until"), str) and isinstance(moved.get("since"), str):
            out.append((f"{path}.moved.until/since", moved["until"], moved["since"]))
        for k, v in value.items():
            out.extend(spans(v, f"{path}.{k}"))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.extend(spans(v, f"{path}[{i}]"))
    return out


def assert_no_end_before_start(report: Any) -> int:
    n = 0
    for f in report.findings:
        for where, start, end in spans(f.value, f.id):
            n += 1
            k = min(len(start), len(end), 10)
            assert start[:k] <= end[:k], f"{where}: {start} after {end}"
    return n


def _interleaved() -> list:
    s = Stream("amazon.zip")
    t = lambda m, d: datetime(2024, m, d, 14, tzinfo=UTC)  # noqa: E731
    return (orders(s, 5, "Austin", "TX", start=t(2, 3), every=30, prefix="a")  # Feb … Jun
            + orders(s, 1, "Austin", "TX", start=t(7, 13), prefix="b")  # one more after Denver's first
            + orders(s, 3, "Denver", "CO", start=t(7, 2), every=32, prefix="d")
            # the last two 20 days apart: two latest orders ≥ 28 days apart to one town are a move since PLACES2
            # (the latest orders win); this test is about the interleaved earlier towns
            + orders(s, 2, "Seattle", "WA", start=t(10, 8), every=20, prefix="s"))


def test_interleaved_addresses_date_no_move_and_say_so() -> None:
    home, report = home_of(_interleaved())
    earlier = (home.value.get("shipping") or {}).get("earlier")
    assert earlier is not None and earlier["interleaved"] is True
    assert "interleave, so no move is dated" in home.summary
    life = report.finding("life_events")
    assert [v for v in life.value if v["type"] == "move"] == []
    assert assert_no_end_before_start(report) >= 1


def test_a_clean_move_is_still_dated_and_in_order() -> None:
    s = Stream("amazon.zip")
    before = orders(s, 25, "Austin", "TX", every=14)  # 2023-01 … 2023-12
    moved = orders(s, 20, "Seattle", "WA", start=datetime(2024, 2, 1, 19, tzinfo=UTC), every=14, prefix="n")
    _home, report = home_of(before + moved)
    life = report.finding("life_events")
    move = [v for v in life.value if v["type"] == "move"]
    assert len(move) == 1 and move[0]["start"] < move[0]["completed"] == "2024-02-01"
    assert assert_no_end_before_start(report) >= 2


def test_no_finding_of_the_shipped_fixtures_ends_before_it_starts() -> None:
    """Every finding of a run over the repository's real-shape fixtures (Facebook 2024–25, X current, Amazon
    legacy and 2025): each span's end is on or after its start."""
    from pathlib import Path

    from dataexam import api
    from dataexam.inference import infer

    root = Path(__file__).resolve().parent.parent / "fixtures"
    inputs = [root / "facebook" / "2024-25", root / "twitter" / "current", root / "amazon" / "legacy",
              root / "amazon" / "2025"]
    for include_sensitive in (False, True):
        report = infer(api.timeline([p for p in inputs if p.exists()]), include_sensitive=include_sensitive,
                       now=datetime(2026, 1, 1, tzinfo=UTC))
        # without the flag the shipping home's last order (Sat 23:57) is "withheld …" (GATE2: a night-time
        # record's day), so the one span of these fixtures is checked with the flag
        assert assert_no_end_before_start(report) >= (1 if include_sensitive else 0)
