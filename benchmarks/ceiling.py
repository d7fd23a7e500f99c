"""Baselines the benchmark compares dataexam with, each run in its own subprocess.

``ijson``    the ceiling of streaming JSON in Python: every JSON/JS member of the inputs opened the
             same way dataexam opens it (dataexam.archive, so zip members are inflated alike), the
             JavaScript prefix skipped the same way (dataexam.jsonstream.skip_js_prefix), then bare
             ``ijson.items(stream, "item")`` over a top-level array, ``ijson.items(stream,
             "messages.item")`` over a Messenger thread (as dataexam streams it), or
             ``ijson.kvitems(stream, "")`` over another top-level object, building the same Python
             values — on the same ijson backend; CSV members through ``csv.reader`` over
             ``io.TextIOWrapper``. Nothing else: no events, no sorting, no output.
``jsonload`` the naive peer: every JSON/JS member read whole, prefix stripped, ``json.loads``.

    python benchmarks/ceiling.py ijson PATH...     # prints {"bytes": …, "values": …, "backend": …}
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from typing import IO

import ijson

from dataexam.archive import open_input
from dataexam.jsonstream import skip_js_prefix

_JSON_EXT = (".json", ".js")


class _Chain:
    """Some peeked bytes, then the rest of a stream (what ijson reads from)."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self.head = head
        self.rest = rest

    def read(self, size: int = -1) -> bytes:
        if self.head and size != 0:  # ijson probes with read(0) for the stream's type
            data, self.head = self.head, b""
            return data
        return self.rest.read(size)


_THREAD = re.compile(r"(^|/)message_\d+\.json$")


def _consume_ijson(stream: IO[bytes], path: str = "") -> int:
    source = skip_js_prefix(stream)
    head = source.read(64)
    stripped = head.lstrip()
    chained = _Chain(stripped, source)  # type: ignore[arg-type]
    n = 0
    try:
        if stripped[:1] == b"{" and _THREAD.search(path):
            # a Messenger thread: its messages one by one, as dataexam streams them (kvitems would
            # build a whole thread's message list: memory growing with the thread, not what we do)
            for _ in ijson.items(chained, "messages.item"):
                n += 1
        elif stripped[:1] == b"{":
            for _ in ijson.kvitems(chained, ""):
                n += 1
        else:
            for _ in ijson.items(chained, "item"):
                n += 1
    except ijson.JSONError as exc:  # a trailing ";" after the array, as dataexam tolerates it
        if "trailing garbage" not in str(exc) and "Additional data" not in str(exc):
            raise
    return n


def _consume_csv(stream: IO[bytes]) -> int:
    n = 0
    with io.TextIOWrapper(stream, encoding="utf-8-sig", newline="") as text:
        for _ in csv.reader(text):
            n += 1
    return n


def _consume_jsonload(stream: IO[bytes]) -> int:
    data = stream.read()
    stripped = data.lstrip()
    if stripped[:1] not in (b"[", b"{"):
        stripped = stripped.split(b"=", 1)[1]
    value = json.loads(stripped.rstrip().rstrip(b";"))
    return len(value) if isinstance(value, (list, dict)) else 1


def run(mode: str, paths: list[str]) -> dict[str, object]:
    total = values = members = 0
    for path in paths:
        with open_input(path) as archive:
            for member in archive.members():
                lower = member.path.lower()
                if lower.endswith(_JSON_EXT):
                    consume = _consume_ijson if mode == "ijson" else _consume_jsonload
                elif lower.endswith(".csv") and mode == "ijson":
                    consume = _consume_csv
                else:
                    continue
                with member.open() as stream:
                    values += consume(stream, member.path) if consume is _consume_ijson else consume(stream)
                total += member.size
                members += 1
    return {"mode": mode, "bytes": total, "members": members, "values": values, "backend": ijson.backend}


if __name__ == "__main__":
    json.dump(run(sys.argv[1], sys.argv[2:]), sys.stdout)
