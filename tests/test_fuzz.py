"""Property-based fuzzing of every parser: mutated real fixture files never crash ``Parser.events``.

Each example takes one fixture file that a parser *handles* (fixtures/<source>/**/archive/**),
mutates it — bytes flipped, inserted or deleted, the file truncated, JSON keys dropped or values
replaced by other types, records duplicated, CSV cells, rows and NUL bytes changed — and runs the
parser over a one-file in-memory archive. Whatever the input, ``events()`` must only yield
:class:`Event` and :class:`ParseIssue` values, every event must survive what the pipeline does
with it (pickling for the sort, JSON for the writers), and nothing may escape as an exception.

The ``dataexam-fuzz`` hypothesis profile runs 2,000 examples per parser (CI); set
``DATAEXAM_FUZZ_EXAMPLES`` to run more or fewer locally.
"""

from __future__ import annotations

import io
import json
import os
import pickle
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dataexam.archive import Archive, Member
from dataexam.events import Event, ParseIssue
from dataexam.parser import Parser
from dataexam.registry import load_registry
from helpers import FIXTURES

settings.register_profile(
    "dataexam-fuzz",
    max_examples=int(os.environ.get("DATAEXAM_FUZZ_EXAMPLES", "2000")),
    deadline=None,
    database=None,  # CI machines start clean; no example database in the repository
    derandomize=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
FUZZ = settings.get_profile("dataexam-fuzz")

MAX_FIXTURE_BYTES = 16 * 1024
_JS_PREFIX = re.compile(rb"^\s*[\w.$\[\]\"' ]+=\s*")

REGISTRY = load_registry()


def _parser(name: str) -> Parser:
    if name not in REGISTRY.names():
        pytest.skip(f"parser {name!r} is not installed")
    return REGISTRY.create(name)


def handled_fixture_files(source: str) -> list[tuple[str, bytes]]:
    """``(archive path, bytes)`` of every small fixture file the ``source`` parser has a handler for."""
    if source not in REGISTRY.names():
        return []
    parser = REGISTRY.create(source)
    found = []
    for archive_root in sorted((FIXTURES / source).glob("**/archive")):
        for path in sorted(archive_root.rglob("*")):
            if not path.is_file() or path.stat().st_size > MAX_FIXTURE_BYTES:
                continue
            rel = path.relative_to(archive_root).as_posix()
            rule = parser.classify(rel)
            if rule is not None and rule.handler is not None:
                found.append((rel, path.read_bytes()))
    return found


FILES = {source: handled_fixture_files(source) for source in ("twitter", "facebook", "amazon")}


# -- mutations ------------------------------------------------------------------------------------------

def _split_js(data: bytes) -> tuple[bytes, bytes]:
    m = _JS_PREFIX.match(data)
    if m and data[m.end():m.end() + 1] in (b"[", b"{"):
        return data[:m.end()], data[m.end():]
    return b"", data


# Replacement values: every JSON type, plus strings that look like the dates, ids, amounts and
# sentinels the parsers read (a fixed list keeps generation cheap: the parsers are what is tested).
REPLACEMENTS: list[Any] = [
    None, True, False, 0, -1, 2**70, -(2**63), 1.5, 1e308, "", "0", "-1", "1e400", "NaN", "Not Available",
    "\u00c3\u00a9", "\u00f0\u009f", "9" * 30, "2023-13-45T99:99:99Z", "Sat Jun 31 25:61:61 +9999 2020",
    "1970-01-01T00:00:00Z", "-62135596800", "<a href=\"x\">y</a>", "@user #tag https://t.co/x", "\x00",
    [], {}, [None], [[[]]], {"": ""}, {"tweet": {}}, {"data": []}, [{"x": 1}], {"value": {"value": None}},
]
json_values = st.one_of(st.sampled_from(REPLACEMENTS), st.text(max_size=8), st.integers())


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path (tuple of keys/indexes) inside a decoded JSON value."""
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(value, list):
        for i, v in enumerate(value[:8]):
            out.extend(_paths(v, (*prefix, i)))
    return out


def _mutate_json(draw: st.DrawFn, value: Any) -> Any:
    for _ in range(draw(st.integers(1, 4))):
        paths = _paths(value)
        path = draw(st.sampled_from(paths))
        op = draw(st.sampled_from(["replace", "drop", "duplicate", "empty"]))
        if not path:
            value = json.loads(json.dumps(draw(json_values))) if op == "replace" else ([] if op == "empty" else value)
            continue
        parent = value
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        if op == "replace":
            parent[last] = json.loads(json.dumps(draw(json_values)))
        elif op == "drop":
            del parent[last]
        elif op == "duplicate" and isinstance(parent, list):
            parent.insert(last, json.loads(json.dumps(parent[last])))
        elif op == "empty":
            parent[last] = {} if isinstance(parent[last], dict) else [] if isinstance(parent[last], list) else ""
    return value


def _mutate_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "nul", "splice"]))
        pos = draw(st.integers(0, max(0, len(buf) - 1)))
        if op == "flip" and buf:
            buf[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            buf[pos:pos] = draw(st.sampled_from([b"\x00", b"\xff\xfe", b'"', b"[", b"{", b"]", b"}", b",",
                                                 b"\\", b"\r\n", b'""', b"\xc3", b"\xef\xbb\xbf"]))
        elif op == "delete" and buf:
            del buf[pos: pos + draw(st.integers(1, 40))]
        elif op == "truncate":
            del buf[pos:]
        elif op == "nul" and buf:
            buf[pos] = 0
        elif op == "splice" and buf:
            end = draw(st.integers(pos, len(buf)))
            buf[pos:pos] = buf[pos:end][:200]
    return bytes(buf)


def _mutate_csv(draw: st.DrawFn, data: bytes) -> bytes:
    lines = data.split(b"\n")
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        op = draw(st.sampled_from(["drop-line", "dup-line", "cut-line", "cell", "extra-cell", "quote"]))
        if op == "drop-line" and lines:
            del lines[i]
        elif op == "dup-line" and lines:
            lines.insert(i, lines[i])
        elif op == "cut-line" and lines:
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        elif op == "cell" and lines:
            cells = lines[i].split(b",")
            j = draw(st.integers(0, len(cells) - 1))
            cells[j] = draw(st.sampled_from([b'""', b'"Not Available"', b"'-0.68'", b'"$6.29 "', b"\x00",
                                             b'"13/45/2023 99:99:99"', b'"1e999"', b'"' + b"9" * 40 + b'"',
                                             b'"a""b"', b'"unterminated']))
            lines[i] = b",".join(cells)
        elif op == "extra-cell" and lines:
            lines[i] += b',"x"'
        elif op == "quote" and lines:
            lines[i] = b'"' + lines[i]
    return b"\n".join(lines)


@st.composite
def mutated_file(draw: st.DrawFn, source: str) -> tuple[str, bytes]:
    path, data = draw(st.sampled_from(FILES[source]))
    kind = draw(st.sampled_from(["structure", "bytes", "both"]))
    if kind in ("structure", "both"):
        if path.lower().endswith((".json", ".js")):
            prefix, body = _split_js(data)
            try:
                value = json.loads(body.decode("utf-8-sig").rstrip().rstrip(";"))
            except ValueError:
                value = None
            if value is not None:
                value = _mutate_json(draw, value)
                data = prefix + json.dumps(value, ensure_ascii=draw(st.booleans())).encode()
        elif path.lower().endswith((".csv", ".txt", ".tsv")):
            data = _mutate_csv(draw, data)
    if kind in ("bytes", "both"):
        data = _mutate_bytes(draw, data)
    return path, data


# -- the property ---------------------------------------------------------------------------------------

def one_file_archive(path: str, data: bytes) -> Archive:
    return Archive(["fuzz"], [Member(path, len(data), "fuzz", lambda: io.BytesIO(data))], [])


def check_parser_survives(parser: Parser, path: str, data: bytes) -> None:
    with one_file_archive(path, data) as archive:
        parser.detect(archive)  # detection reads files too (manifests, headers)
        for item in parser.events(archive):
            assert isinstance(item, (Event, ParseIssue)), type(item)
            if isinstance(item, Event):
                pickle.loads(pickle.dumps(item))  # the normaliser's sort runs
                json.dumps(item.to_dict(), default=str)  # every writer
                assert item.source == parser.name
                assert item.origin.member == path
            else:
                assert item.member == path and item.message and "\n" not in item.message


def _fuzz_test(source: str):  # type: ignore[no-untyped-def]
    @pytest.mark.skipif(not FILES[source], reason=f"no {source} parser or fixtures installed")
    @FUZZ
    @given(sample=mutated_file(source) if FILES[source] else st.nothing())
    def test(sample: tuple[str, bytes]) -> None:
        check_parser_survives(_parser(source), *sample)

    test.__name__ = f"test_fuzz_{source}_parser"
    test.__doc__ = f"Mutated {source} fixture files never make the {source} parser raise."
    return test


test_fuzz_twitter_parser = _fuzz_test("twitter")
test_fuzz_facebook_parser = _fuzz_test("facebook")
test_fuzz_amazon_parser = _fuzz_test("amazon")


@pytest.mark.parametrize("source", ["twitter", "facebook", "amazon"])
def test_unmutated_fixture_files_parse_cleanly_one_by_one(source: str) -> None:
    """The seeds themselves: every handled fixture file yields events on its own, without a crash."""
    if not FILES[source]:
        pytest.skip(f"no {source} parser or fixtures installed")
    parser = _parser(source)
    events = 0
    for path, data in FILES[source]:
        check_parser_survives(parser, path, data)
        with one_file_archive(path, data) as archive:
            events += sum(isinstance(i, Event) for i in parser.events(archive))
    assert events > 0


@pytest.mark.parametrize("source", ["twitter", "facebook", "amazon"])
def test_fuzz_covers_most_handlers(source: str) -> None:
    """The seed files reach the parser's handlers (a handler without a fixture file is not fuzzed)."""
    if not FILES[source]:
        pytest.skip(f"no {source} parser or fixtures installed")
    parser = _parser(source)
    handlers = {r.handler for r in parser.rules if r.handler}
    covered = {parser.classify(path).handler for path, _ in FILES[source]}  # type: ignore[union-attr]
    assert len(covered) >= 0.6 * len(handlers), sorted(handlers - covered)


def test_fuzz_profile_runs_enough_examples() -> None:
    if "DATAEXAM_FUZZ_EXAMPLES" not in os.environ:
        assert FUZZ.max_examples >= 2000


def test_mutators_change_input() -> None:
    """The mutators really mutate (a fuzz run over unchanged files would prove nothing)."""
    source = next((s for s in FILES if FILES[s]), None)
    if source is None:
        pytest.skip("no parser installed")
    seen: set[bytes] = set()

    @settings(max_examples=50, deadline=None, database=None)
    @given(sample=mutated_file(source))
    def collect(sample: tuple[str, bytes]) -> None:
        seen.add(sample[1])

    collect()
    originals = {data for _, data in FILES[source]}
    assert len(seen - originals) >= 10


def test_fixture_root_exists() -> None:
    assert Path(FIXTURES).is_dir()


# -- one odd record costs only itself -------------------------------------------------------------------

_ODD_VALUES: list[Any] = [None, [], {}, 5, "x", [1], {"a": 1}]


def _records(value: Any) -> list | None:
    """The records of a decoded file: its top-level array, or the first array of objects in its object."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        for v in value.values():
            if isinstance(v, list) and v and isinstance(v[0], dict):
                return v
    return None


def _event_count(parser: Parser, path: str, data: bytes) -> tuple[int, list[str]]:
    with one_file_archive(path, data) as archive:
        parser.detect(archive)
        items = list(parser.events(archive))
    return sum(isinstance(i, Event) for i in items), [i.code for i in items if isinstance(i, ParseIssue)]


@pytest.mark.parametrize("source", ["twitter", "facebook", "amazon"])
def test_one_record_of_another_shape_costs_only_that_record(source: str) -> None:
    """A value of another type anywhere in one record (the first of two) loses that record's events at
    most: the handler reports a ``bad-record`` and reads on, never ending the file on it.

    Exhaustive over every value path of the first record of every handled JSON fixture file, with
    seven values of every JSON type. What the first record contributes is measured by deleting it.
    """
    if not FILES[source]:
        pytest.skip(f"no {source} parser or fixtures installed")
    parser = _parser(source)
    failures = []
    for path, data in FILES[source]:
        if not path.lower().endswith((".json", ".js")):
            continue
        prefix, body = _split_js(data)
        try:
            value = json.loads(body.decode("utf-8-sig").rstrip().rstrip(";"))
        except ValueError:
            continue
        records = _records(value)
        if not records:
            continue
        if len(records) == 1:
            records.append(json.loads(json.dumps(records[0])))

        def encoded(v: Any, prefix: bytes = prefix) -> bytes:
            return prefix + json.dumps(v).encode()

        without_first = json.loads(json.dumps(value))
        del _records(without_first)[0]  # type: ignore[index]
        floor, _ = _event_count(parser, path, encoded(without_first))
        for value_path in _paths(records[0]):
            for odd in _ODD_VALUES:
                mutated = json.loads(json.dumps(value))
                target: Any = _records(mutated)
                for step in (0, *value_path)[:-1]:
                    target = target[step]
                target[(0, *value_path)[-1]] = json.loads(json.dumps(odd))
                count, codes = _event_count(parser, path, encoded(mutated))
                if count < floor or "parser-error" in codes:
                    failures.append((path, value_path, odd, count, floor, codes[:3]))
    assert not failures, failures[:5]
