"""One big JSON array read in slices by several processes (issue 16, :mod:`dataexam.arrayslice`).

The slices of a file, read one after the other, must give exactly the file's items, each slice
numbering its first item as the whole file does — for any JSON (strings holding commas, brackets,
quotes and backslashes; escapes split across reads; pretty-printed or not; a JS prefix, a BOM,
a trailing ``;``). Files that cannot be cut are read whole by slice 0.
"""

from __future__ import annotations

import io
import itertools
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dataexam import arrayslice, jsonstream
from dataexam.arrayslice import SliceReader, cut_points, json_start

_TEXT = st.text(alphabet=st.sampled_from(list('ab,[]{}"\\:é \n\u2028😀')), max_size=12)
_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), _TEXT)
_JSON = st.recursive(_LEAF, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                     st.dictionaries(_TEXT, inner, max_size=4)), max_leaves=12)


def _read_slices(data: bytes, m: int) -> tuple[list[Any], list[arrayslice.SliceReport]]:
    items: list[Any] = []
    reports = []
    for k in range(m):
        reader = SliceReader(jsonstream.limited(io.BytesIO(data), 1 << 30, 256), len(data), k, m)  # type: ignore[arg-type]
        report = reader.prepare()
        values = list(jsonstream.iter_items(reader, "item"))
        if values:
            assert report.first_index == len(items)  # the slice numbers its items as the file does
        items.extend(values)
        reports.append(report)
    return items, reports


@pytest.fixture(params=[3, 64, 65536], ids=["3-byte reads", "64-byte reads", "64 KiB reads"])
def read_size(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(arrayslice, "_CHUNK", request.param)
    monkeypatch.setattr(arrayslice, "_HEAD", max(40, request.param))
    return int(request.param)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(items=st.lists(_JSON, max_size=40), indent=st.sampled_from([None, 1, 2]),
       ascii_only=st.booleans(), prefix=st.sampled_from([b"", b"window.YTD.tweets.part0 = ", b"\xef\xbb\xbf \n"]),
       suffix=st.sampled_from([b"", b";", b"\n"]), m=st.integers(1, 5))
def test_slices_give_every_item_once_in_order(read_size: int, items: list[Any], indent: int | None,
                                              ascii_only: bool, prefix: bytes, suffix: bytes, m: int) -> None:
    body = json.dumps(items, indent=indent, ensure_ascii=ascii_only).encode()
    got, reports = _read_slices(prefix + body + suffix, m)
    assert got == json.loads(body, parse_float=Decimal)
    assert all(r.split for r in reports)
    # consecutive slices meet at the same cut
    for before, after in itertools.pairwise(reports):
        if after.first_index is not None:
            assert after.start == before.end


def test_x_tweets_file_is_cut_near_the_nominal_points() -> None:
    tweet = {"tweet": {"id_str": "1", "full_text": 'a "quoted", [bracketed] {text} \\ here',
                       "source": '<a href=\\"https://x.example\\">X</a>', "entities": {"hashtags": []}}}
    items_text = ", ".join(json.dumps(tweet, indent=2) for _ in range(2000))
    body = f"window.YTD.tweets.part0 = [ {items_text} ]".encode()
    items, reports = _read_slices(body, 3)
    assert len(items) == 2000
    cuts = cut_points(len(body), 3)
    for report, nominal in zip(reports[1:], cuts[1:-1], strict=True):
        assert report.start is not None and 0 <= report.start - nominal < len(json.dumps(tweet, indent=2)) + 4
    assert reports[0].first_index == 0 and all(r.first_index for r in reports[1:])


def test_cut_points_favour_the_slices_that_skip_less() -> None:
    cuts = cut_points(1000, 2)
    assert cuts[0] == 0 and cuts[-1] == 1000 and 500 < cuts[1] < 700
    three = cut_points(10**6, 3)
    sizes = [b - a for a, b in itertools.pairwise(three)]
    assert sizes == sorted(sizes, reverse=True) and sum(sizes) == 10**6
    # each slice costs its bytes plus SKIP_COST x the bytes before it, plus its worker's start-up (slices
    # 1 and 2; at most an eighth of the file): about equal
    start = min(arrayslice.START_BYTES, 10**6 / 8)
    costs = [size + arrayslice.SKIP_COST * begin + (start if j else 0)
             for j, (size, begin) in enumerate(zip(sizes, three, strict=False))]
    assert max(costs) - min(costs) < 10
    big = cut_points(100_000_000, 2)  # a real tweets.js: the full start-up allowance
    assert 100_000_000 - big[1] + arrayslice.SKIP_COST * big[1] + arrayslice.START_BYTES - big[1] < 2


def test_one_huge_item_leaves_the_later_slices_empty() -> None:
    body = json.dumps([{"big": "x" * 10_000}, 1, 2]).encode()  # every nominal cut falls in item 0
    items, reports = _read_slices(body, 4)
    assert items == [{"big": "x" * 10_000}, 1, 2]
    assert reports[0].end is not None  # slice 0 ends at the first comma after its nominal end


def test_a_file_that_is_no_array_is_read_whole_by_slice_zero() -> None:
    body = b'window.__THAR_CONFIG = { "a" : [1, 2, 3], "b" : 2 }'
    for k in range(3):
        reader = SliceReader(jsonstream.limited(io.BytesIO(body), 1 << 20, 64), len(body), k, 3)  # type: ignore[arg-type]
        report = reader.prepare()
        assert not report.split
        assert reader.read() == (body if k == 0 else b"[]")


def test_a_prefix_with_json_punctuation_is_not_cut() -> None:
    body = b'weird["x"] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]'
    reader = SliceReader(jsonstream.limited(io.BytesIO(body), 1 << 20, 64), len(body), 1, 2)  # type: ignore[arg-type]
    assert not reader.prepare().split


def test_empty_arrays_and_empty_files() -> None:
    for body in (b"window.YTD.x.part0 = []", b"[ ]"):
        items, _reports = _read_slices(body, 2)
        assert items == []
    for body in (b"", b"   "):  # slice 0 reads it whole: the same error as one process reading it
        reader = SliceReader(jsonstream.limited(io.BytesIO(body), 1 << 20, 64), len(body), 0, 2)  # type: ignore[arg-type]
        assert not reader.prepare().split
        with pytest.raises(jsonstream.UnexpectedShape):
            list(jsonstream.iter_items(reader, "item"))


def test_json_start_follows_skip_js_prefix() -> None:
    for head in (b"[1]", b"  {", b"\xef\xbb\xbf[", b"window.YTD.a.part0 = [ {", b"var x =\n [",
                 b"Grailbird.data.t = ["):
        start = json_start(head)
        assert start is not None
        assert jsonstream.skip_js_prefix(io.BytesIO(head)).read().lstrip() == head[start:]
    assert json_start(b"   ") is None and json_start(b"x = ") is None


def test_limited_reader_counts_commas_between_top_level_items() -> None:
    items = [{"a": [1, 2, {"b": "x,y"}]}, "s,t", [3, 4], {"c": '"quoted, with \\" escapes"'}]
    for size in (1, 5, 64, 4096):
        stream = jsonstream.limited(io.BytesIO(json.dumps(items).encode()), 1 << 20, 64)
        stream.count_commas()  # type: ignore[attr-defined]
        while stream.read(size):
            pass
        assert stream.commas == len(items) - 1  # type: ignore[attr-defined]


def test_a_bad_slice_number_is_refused() -> None:
    with pytest.raises(ValueError):
        SliceReader(jsonstream.limited(io.BytesIO(b"[]"), 10, 10), 2, 2, 2)  # type: ignore[arg-type]


def test_commas_are_counted_only_where_a_cut_is_looked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    # Counting depth-1 commas costs a regex pass per nesting level: slice 0 counts only in the reads
    # that may hold its end, the last slice stops counting at its start (the bytes it skips are
    # counted: they number its first item). The slices still give every item once, numbered.
    tweet = {"tweet": {"id_str": "1", "full_text": "a, [b] {c}", "entities": {"hashtags": [{"indices": ["0", "5"]}]}}}
    body = ("window.YTD.tweets.part0 = [ " + ",\n".join(json.dumps(tweet, indent=2) for _ in range(3000))
            + " ]").encode()
    counted: list[int] = []
    original = jsonstream.LimitedReader._count_commas

    def spy(self: jsonstream.LimitedReader, outside: bytes) -> None:
        counted.append(len(outside))
        original(self, outside)

    monkeypatch.setattr(jsonstream.LimitedReader, "_count_commas", spy)
    reads = []
    for k in range(2):
        counted.clear()
        reader = SliceReader(jsonstream.limited(io.BytesIO(body), 1 << 30, 256), len(body), k, 2)  # type: ignore[arg-type]
        n = sum(1 for _ in jsonstream.iter_items(reader, "item"))
        reads.append((len(counted), n, reader.report))
    cut = cut_points(len(body), 2)[1]
    (counted0, n0, r0), (counted1, n1, r1) = reads
    assert n0 + n1 == 3000 and r1.first_index == n0 and r1.start == r0.end
    chunks = len(body) // arrayslice._CHUNK
    assert counted0 <= 2  # the read holding the cut (and the one before it at most)
    assert counted1 <= cut // arrayslice._CHUNK + 2 < chunks  # the reads up to its start, not after
