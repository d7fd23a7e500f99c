"""Lone UTF-16 surrogate escapes in JSON: U+FFFD, every record kept, one accurate issue (issue 11).

The class: a ``\\uD800``–``\\uDFFF`` escape without its partner — a high half at the end of a string,
before another character or before a non-surrogate escape; a low half at the start of a string or
after a character; both in one string; split across read-chunk boundaries; next to literal
backslashes (``\\\\ud83d`` is text, not an escape). Valid pairs stay emoji.
"""

from __future__ import annotations

import io
import json
import random
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from dataexam import jsonstream
from dataexam.archive import open_archive
from dataexam.events import Event, ParseIssue
from dataexam.surrogates import SurrogateRepairReader
from dataexam_parsers.facebook import FacebookParser
from dataexam_parsers.twitter import TwitterParser
from helpers import FIXTURES

LONE = re.compile("[\ud800-\udfff]")


def reference(data: bytes) -> object:
    """Python's json keeps lone surrogates as code points: replace them, as the reader should."""
    def clean(value: object) -> object:
        if isinstance(value, str):
            return LONE.sub("\ufffd", value)
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        return value
    return clean(json.loads(data.decode("utf-8")))


class Dribble(io.RawIOBase):
    """A stream that returns reads of random small sizes (escapes land across chunk boundaries)."""

    def __init__(self, data: bytes, seed: int, max_read: int = 7) -> None:
        self._data, self._pos, self._rng, self._max = data, 0, random.Random(seed), max_read

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        n = self._rng.randint(1, self._max)
        if size is not None and size >= 0:
            n = min(n, size)
        chunk = self._data[self._pos:self._pos + n]
        self._pos += len(chunk)
        return chunk


CASES = {
    "lone low at start": rb'"\ude2d... rest of a cut message"',
    "pair then lone high": rb'"Hello! \ud83d\ude2d\ud83d..."',
    "lone high at end": rb'"cut \ud83d"',
    "lone high before a non-surrogate escape": rb'"x\ud83d\u00e9y"',
    "high high low": rb'"\ud83d\ud83d\ude2d"',
    "low low": rb'"\ude2d\ude2d"',
    "upper-case hex": rb'"\uD83D\uDE2D \uDE2D \uD83D"',
    "escaped backslash is text": rb'"a\\ud83d b\\\\ud83d"',
    "literal text then a real lone low": rb'"\\ud83d\ude2d"',
    "odd run before a lone high": rb'"\\\ud83d!"',
    "valid pairs only": rb'"\ud83d\ude2d\ud83c\udf89"',
    "newline escape after high": rb'"\ud83d\n"',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_shape_matches_the_reference(name: str) -> None:
    body = CASES[name]
    data = b'[{"text": ' + body + b', "n": 1}, {"text": "after", "n": 2}]'
    got = list(jsonstream.iter_items(io.BytesIO(data), js=False))
    assert got == reference(data)
    assert "?" not in got[0]["text"]


@pytest.mark.parametrize("seed", range(40))
def test_split_across_every_chunk_boundary(seed: int) -> None:
    rng = random.Random(seed)
    pieces = [*CASES.values(), b'"plain"', b'"\\\\\\\\"', b'"\\u00e9"']
    items = [b'{"id": %d, "text": %s}' % (i, rng.choice(pieces)) for i in range(60)]
    data = b"[" + b",\n".join(items) + b"]"
    reader = SurrogateRepairReader(Dribble(data, seed))
    got = list(jsonstream.iter_items(reader, js=False))
    assert got == reference(data)
    assert [g["id"] for g in got] == list(range(60))


def test_same_length_and_offsets_exact() -> None:
    data = b'["ok", "\\ude2d x", "\\ud83d\\ude2d", "y\\ud83d"]'
    reader = SurrogateRepairReader(Dribble(data, 3, max_read=5))
    out = reader.read()
    assert len(out) == len(data)
    assert out == data.replace(b"\\ude2d x", b"\\ufffd x").replace(b"y\\ud83d", b"y\\ufffd")
    assert reader.repairs == 2
    assert reader.first_repair_offset == data.index(b"\\ude2d")


def test_reads_honour_size_and_readinto() -> None:
    data = b'["' + b"\\ud83d" * 3000 + b'"]'
    reader = SurrogateRepairReader(io.BytesIO(data))
    buf = bytearray(100)
    total = b""
    while n := reader.readinto(buf):
        assert n <= 100
        total += bytes(buf[:n])
    assert total == data.replace(b"\\ud83d", b"\\ufffd")
    assert reader.repairs == 3000


def test_no_surrogate_bytes_pass_through_unchanged() -> None:
    data = b'["caf\\u00e9", "a\\\\b", "' + "naïve 😭".encode() + b'"]'
    reader = SurrogateRepairReader(io.BytesIO(data))
    assert reader.read() == data and reader.repairs == 0


def test_limited_streams_repair_too() -> None:
    # the reader every parser's JSON member goes through (Facebook, Amazon JSON too)
    data = b'[{"content": "\\ud83d"}, {"content": "ok"}]'
    stream = jsonstream.limited(io.BytesIO(data), 1 << 20, 64)
    assert list(jsonstream.iter_items(stream, js=False)) == [{"content": "\ufffd"}, {"content": "ok"}]
    assert jsonstream.surrogate_repairer(stream).repairs == 1  # type: ignore[union-attr]


def _dm_archive(tmp_path: Path, text: bytes, file: str = "data/direct-messages.js") -> Path:
    msgs = [
        b'{"messageCreate": {"id": "101", "senderId": "2", "recipientId": "1", "text": %s, '
        b'"createdAt": "2023-11-03T08:00:00.000Z", "reactions": [], "urls": [], "mediaUrls": []}}' % text,
        b'{"messageCreate": {"id": "102", "senderId": "1", "recipientId": "2", "text": "after the odd one", '
        b'"createdAt": "2023-11-03T08:01:00.000Z", "reactions": [], "urls": [], "mediaUrls": []}}',
    ]
    later = (b'{"dmConversation": {"conversationId": "1-6", "messages": [{"messageCreate": {"id": "103", '
             b'"senderId": "6", "recipientId": "1", "text": "later", "createdAt": "2023-11-04T10:00:00.000Z", '
             b'"reactions": [], "urls": [], "mediaUrls": []}}]}}')
    body = (b"window.YTD.direct_messages.part0 = [{\"dmConversation\": {\"conversationId\": \"1-2\", "
            b"\"messages\": [" + b",".join(msgs) + b"]}}, " + later + b"]")
    out = tmp_path / "x.zip"
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("data/manifest.js", 'window.__THAR_CONFIG = {"userInfo": {"accountId": "1"}}')
        zf.writestr(file, body)
    return out


@pytest.mark.parametrize(("text", "expected"), [
    (rb'"\ude2d... rest of a cut message"', "\ufffd... rest of a cut message"),
    (rb'"Hello! \ud83d\ude2d\ud83d..."', "Hello! \U0001f62d\ufffd..."),
])
@pytest.mark.parametrize("file", ["data/direct-messages.js", "data/direct-messages-group.js"])
def test_x_dm_keeps_every_record_and_reports_one_issue(tmp_path: Path, text: bytes, expected: str,
                                                      file: str) -> None:
    with open_archive(_dm_archive(tmp_path, text, file)) as archive:
        items = list(TwitterParser().events(archive))
    events = {e.attrs["id"]: e for e in items if not isinstance(e, ParseIssue)}
    issues = [i for i in items if isinstance(i, ParseIssue)]
    assert sorted(events) == ["101", "102", "103"]
    assert events["101"].text == expected and events["101"].actor == "2"
    assert events["102"].actor == "self" and events["103"].text == "later"
    assert [(i.code, i.member) for i in issues] == [("bad-escape", file)]
    assert issues[0].position.startswith("byte ")
    assert "utf-8" not in issues[0].message


def test_x_tweets_keep_later_tweets(tmp_path: Path) -> None:
    tweets = [b'{"tweet": {"id_str": "%d", "full_text": %s, "created_at": "Sat Jun 06 13:02:35 +0000 2020"}}'
              % (i, b'"\\ude2d cut"' if i == 1 else b'"fine"') for i in range(1, 4)]
    out = tmp_path / "t.zip"
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("data/manifest.js", 'window.__THAR_CONFIG = {"userInfo": {"accountId": "1"}}')
        zf.writestr("data/tweets.js", b"window.YTD.tweets.part0 = [" + b",".join(tweets) + b"]")
    with open_archive(out) as archive:
        items = list(TwitterParser().events(archive))
    texts = [e.text for e in items if not isinstance(e, ParseIssue)]
    assert texts == ["\ufffd cut", "fine", "fine"]
    assert [i.code for i in items if isinstance(i, ParseIssue)] == ["bad-escape"]


def test_facebook_messages_keep_every_record(tmp_path: Path) -> None:
    # the shared layer: a Facebook message whose content ends in a lone high half keeps every message
    tree = tmp_path / "fb"
    shutil.copytree(FIXTURES / "facebook" / "2021-22" / "archive", tree)
    thread = tree / "messages/inbox/josenunez_777888/message_1.json"
    raw = thread.read_bytes()
    broken = raw.replace(b'"Hei Jos\\u00c3\\u00a9!"', b'"\\ude2dHei Jos\\u00c3\\u00a9!\\ud83d"', 1)
    assert broken != raw
    thread.write_bytes(broken)

    def messages(path: Path) -> tuple[list[str | None], list[str]]:
        with open_archive(path) as archive:
            items = list(FacebookParser().events(archive))
        return ([e.text for e in items if getattr(e, "kind", "") == "facebook.message"],
                [i.code for i in items if isinstance(i, ParseIssue)])

    before, _ = messages(FIXTURES / "facebook" / "2021-22" / "archive")
    after, codes = messages(tree)
    assert len(after) == len(before)
    assert "\ufffdHei José!\ufffd" in after
    assert codes == ["bad-escape"]


def test_iter_items_leaves_the_callers_stream_open() -> None:
    import gc

    stream = io.BytesIO(b'["a", "b"]')
    assert list(jsonstream.iter_items(stream, js=False)) == ["a", "b"]
    gc.collect()
    assert not stream.closed


def test_note_tweet_read_up_front_reports_its_repair(tmp_path: Path) -> None:
    out = tmp_path / "n.zip"
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("data/manifest.js", 'window.__THAR_CONFIG = {"userInfo": {"accountId": "1"}}')
        zf.writestr("data/note-tweet.js", 'window.YTD.note_tweet.part0 = [{"noteTweet": {"noteTweetId": "9", '
                    '"createdAt": "2023-05-01T10:00:00.000Z", "core": {"text": "long \\ud83d", "urls": []}}}]')
        # its tweet (a note matching none is an issue of its own: the twenty-third pass's second tester)
        zf.writestr("data/tweets.js", 'window.YTD.tweets.part0 = [{"tweet": {"id_str": "8", "full_text": "long", '
                    '"created_at": "Mon May 01 10:00:00 +0000 2023"}}]')
    with open_archive(out) as archive:
        items = list(TwitterParser().events(archive))
    assert [(i.code, i.member) for i in items if isinstance(i, ParseIssue)] == [("bad-escape", "data/note-tweet.js")]
    [tweet] = [e for e in items if isinstance(e, Event)]
    assert tweet.text == "long \ufffd" and tweet.attrs["note_tweet_id"] == "9"


class TwoReads(io.RawIOBase):
    """The stream in exactly two reads, split at ``cut`` (then EOF)."""

    def __init__(self, data: bytes, cut: int) -> None:
        self._parts = [data[:cut], data[cut:]]

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        return self._parts.pop(0) if self._parts else b""


def test_every_split_position() -> None:
    data = (b'["\\ud83d\\ude2d", "\\ud83d", "\\ude2d", "\\\\ud83d\\ude2d", "\\\\\\ud83d\\ude2d", '
            b'"\\uD83D\\uDE2D\\uD83D", "x\\\\\\\\", "\\ud83d\\u00e9"]')
    expected = reference(data)
    for cut in range(1, len(data)):
        reader = SurrogateRepairReader(TwoReads(data, cut))
        assert list(jsonstream.iter_items(reader, js=False)) == expected, cut
        assert reader.repairs == 5, cut
