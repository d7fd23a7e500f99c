from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import ijson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dataexam import jsonstream
from dataexam_parsers.twitter import _DM_MARKS, _dm_conversation_id


@pytest.mark.parametrize("raw", [
    b'window.YTD.tweets.part0 = [ {"a" : "1"}, {"a" : "2"} ]',
    b'window.YTD.tweets.part0 = [ {"a" : "1"}, {"a" : "2"} ];\n',
    b'Grailbird.data.tweets_2015_01 =\n [{"a": "1"}, {"a": "2"}]',
    b'var tweet_index = [{"a": "1"}, {"a": "2"}]',
    b'[{"a": "1"}, {"a": "2"}]',
    b'\xef\xbb\xbf[{"a": "1"}, {"a": "2"}]',
    b'  \n[{"a": "1"}, {"a": "2"}]',
])
def test_prefixes_skipped_and_array_streamed(raw: bytes) -> None:
    assert [x["a"] for x in jsonstream.iter_items(io.BytesIO(raw))] == ["1", "2"]


def test_equals_inside_json_is_not_a_prefix() -> None:
    raw = b'[{"url": "https://x.test/?a=b"}]'
    assert next(iter(jsonstream.iter_items(io.BytesIO(raw))))["url"] == "https://x.test/?a=b"


def test_manifest_object_kvitems() -> None:
    raw = b'window.__THAR_CONFIG = {\n "userInfo" : {"accountId" : "1"}, "dataTypes" : {} }'
    assert dict(jsonstream.iter_kvitems(io.BytesIO(raw)))["userInfo"] == {"accountId": "1"}


def test_truncated_array_raises_after_items() -> None:
    got = []
    with pytest.raises(jsonstream.JSONError):
        for item in jsonstream.iter_items(io.BytesIO(b'window.YTD.x.part0 = [ {"a": 1}, {"a": 2}, {"a"')):
            got.append(item)
    assert got == [{"a": 1}, {"a": 2}]


def test_safe_json_error_drops_echoed_content() -> None:
    try:
        list(jsonstream.iter_items(io.BytesIO(b'[{"secret message": tru'), js=False))
    except jsonstream.JSONError as exc:
        text = jsonstream.safe_json_error(exc)
    assert "secret" not in text


def test_backend_is_c() -> None:
    assert jsonstream.check_backend() is None, "ijson should run on yajl2_c"


# -- values and the keys before them (iter_items_marked: X DMs' conversationId before the messages) ----

_MARKS = _DM_MARKS  # the X parser's own marker, key decoding and id reading are what is checked


def _id(value: Any) -> str | None:
    if value is None or value == "" or isinstance(value, (dict, list)):
        return None
    return str(int(value)) if isinstance(value, Decimal) and value == value.to_integral_value() else str(value)


def _conversations_by_events(raw: bytes) -> list[tuple[str | None, Any]]:
    """The reference: (conversation id, message) pairs from ijson's Python-level event stream."""
    out: list[tuple[str | None, Any]] = []
    current: str | None = None
    builder: ijson.ObjectBuilder | None = None
    for prefix, event, value in ijson.parse(jsonstream.skip_js_prefix(io.BytesIO(raw.rstrip(b";")))):
        if prefix == "item" and event == "start_map":  # (what the parser did before issue 16's fourth pass)
            current = None
        elif prefix == "item.dmConversation.conversationId":
            current = _id(value)
        elif prefix == "item.dmConversation.messages.item" and event in ("start_map", "start_array") \
                and builder is None:
            builder = ijson.ObjectBuilder()
        if builder is not None:
            builder.event(event, value)
            if prefix == "item.dmConversation.messages.item" and event in ("end_map", "end_array"):
                out.append((current, builder.value))
                builder = None
        elif prefix == "item.dmConversation.messages.item":  # a scalar message
            out.append((current, value))
    return out


def _conversations_by_marks(raw: bytes) -> list[tuple[str | None, Any]]:
    # as parsers/twitter.py reads them: the keys at their own depth, values read by ijson
    out: list[tuple[str | None, Any]] = []
    current: str | None = None
    for mark, value in jsonstream.iter_items_marked(io.BytesIO(raw), "item.dmConversation.messages.item", _MARKS):
        if mark is not None:
            key, found = mark.groups
            if key == b"dmConversation" and mark.depth == 2:
                current = None
            elif key == b"conversationId" and mark.depth == 3:
                current = _dm_conversation_id(found)
        else:
            out.append((current, value))
    return out


# texts whose JSON holds escapes, quotes, brackets and a key's very bytes (escaped)
_TEXT = st.lists(st.sampled_from([*'ab "\\:{}[],\n', '"conversationId" : "999"', "é", "😀"]), max_size=12).map("".join)
_CONVERSATION_ID = st.one_of(st.sampled_from(["7-42", "9", "", "1.5"]), st.integers(-5, 5),
                             st.sampled_from([1.5, 1000.0, True, None, {"x": 1}, []]),
                             st.text("yz", min_size=60, max_size=90))


@st.composite
def _dm_files(draw: st.DrawFn) -> bytes:
    conversations = []
    for c in range(draw(st.integers(0, 5))):
        body: dict[str, Any] = {}
        if draw(st.booleans()):  # nested keys of the same names are not the conversation's
            body["meta"] = {"conversationId": "META", "dmConversation": 1}
        if draw(st.booleans()) or c == 0:
            body["conversationId"] = draw(_CONVERSATION_ID)
        messages: list[Any] = []
        for m in range(draw(st.integers(0, 4))):
            create: dict[str, Any] = {"id": f"{c}.{m}", "text": draw(_TEXT)}
            if draw(st.integers(0, 4)) == 0:
                create["conversationId"] = "INNER"
            messages.append({"messageCreate": create})
        body["messages"] = messages
        if draw(st.booleans()):  # a key after the messages is not theirs
            body["other"] = draw(_TEXT)
        conversations.append({"dmConversation": body})
    indent = draw(st.sampled_from([None, 1, 2]))
    text = json.dumps(conversations, indent=indent)
    return b"window.YTD.direct_messages.part0 = " + text.encode() + b";"


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(raw=_dm_files(), read=st.integers(1, 97))
def test_marks_come_before_the_values_they_precede(raw: bytes, read: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # any read size: a key, a string or an escape may be cut anywhere between two reads; ids longer
    # than the bytes kept back are read whole
    monkeypatch.setattr(jsonstream, "_MARK_READ", read)
    monkeypatch.setattr(jsonstream, "_MARK_TAIL", 40)
    assert _conversations_by_marks(raw) == _conversations_by_events(raw)


def test_a_key_inside_a_text_is_not_a_mark() -> None:
    text = '"dmConversation" : {"conversationId" : "666"}'  # escaped quotes in the file
    raw = json.dumps([{"dmConversation": {"conversationId": "1-2", "messages": [
        {"messageCreate": {"text": text}}, {"messageCreate": {"text": "after"}}]}}]).encode()
    assert [c for c, _ in _conversations_by_marks(raw)] == ["1-2", "1-2"]


def test_marked_values_before_a_fault_are_kept() -> None:
    raw = b'[{"dmConversation": {"conversationId": "1-2", "messages": [{"id": 1}, {"id": 2}, {"id"'
    got: list[Any] = []
    with pytest.raises(jsonstream.JSONError):
        for mark, value in jsonstream.iter_items_marked(io.BytesIO(raw), "item.dmConversation.messages.item",
                                                        _MARKS, js=False):
            got.append(mark or value)
    assert got == [(2, (b"dmConversation", b"{")), (3, (b"conversationId", b'"1-2"')), (3, (b"messages", b"[")),
                   {"id": 1}, {"id": 2}]


def test_marks_after_the_last_value_are_yielded() -> None:
    raw = b'[{"dmConversation": {"conversationId": "1-2", "messages": [{"id": 1}]}}, {"dmConversation": {}}]'
    got = [mark or value for mark, value in jsonstream.iter_items_marked(
        io.BytesIO(raw), "item.dmConversation.messages.item", _MARKS, js=False)]
    assert got == [(2, (b"dmConversation", b"{")), (3, (b"conversationId", b'"1-2"')), (3, (b"messages", b"[")),
                   {"id": 1}, (2, (b"dmConversation", b"{"))]


def test_marked_items_of_a_file_that_is_not_an_array() -> None:
    with pytest.raises(jsonstream.UnexpectedShape):
        list(jsonstream.iter_items_marked(io.BytesIO(b'{"dmConversation": {}}'), "item.x", _MARKS, js=False))


# -- the nesting-depth limit (LimitedReader) ------------------------------------------------------------

def _outside_strings(raw: bytes) -> Iterator[tuple[int, int]]:
    """``(offset, byte)`` of every byte outside JSON strings and of each string's opening quote,
    escapes inside strings skipped: the plain byte walk the limit checker must agree with."""
    in_string = escape = False
    for i, b in enumerate(raw):
        if in_string:
            if escape:
                escape = False
            elif b == 0x5C:
                escape = True
            elif b == 0x22:
                in_string = False
            continue
        in_string = b == 0x22
        yield i, b


def _reference_depth(raw: bytes, max_depth: int) -> tuple[int, int | None]:
    """Brackets outside strings, a close at depth 0 ignored; returns (depth at the end, offset of the
    read-independent fault or None)."""
    depth = 0
    for i, b in _outside_strings(raw):
        if b in b"[{":
            depth += 1
            if depth > max_depth:
                return depth, i
        elif b in b"]}" and depth:
            depth -= 1
    return depth, None


_depth_texts = st.lists(st.sampled_from([b"[", b"]", b"{", b"}", b"[]", b"{}", b"[{}]", b'"a[{"', b'"\\"["',
                                         b'"\\\\"', b",", b"1", b'"x"', b"[}", b"{]"]), max_size=400).map(b"".join)


@settings(max_examples=400, deadline=None)
@given(raw=_depth_texts, read=st.integers(1, 200), max_depth=st.integers(1, 12))
def test_depth_limit_matches_a_plain_walk(raw: bytes, read: int, max_depth: int) -> None:
    # the reader walks a read bracket by bracket only when it may nest too deep; otherwise it removes
    # the empty pairs first (issue 16): the depth after every read, and whether the limit trips, are
    # exactly the plain walk's, at every read size
    reader = jsonstream.LimitedReader(io.BytesIO(raw), max_string_bytes=1 << 20, max_depth=max_depth)
    end_depth, fault = _reference_depth(raw, max_depth)
    tripped = False
    try:
        while reader.read(read):
            depth_now, _ = _reference_depth(raw[:reader.offset], 10**9)
            assert reader.depth == depth_now
    except jsonstream.LimitExceeded as exc:
        assert exc.code == "too-deep"
        tripped = True
        assert fault is not None and fault < reader.offset + read  # in the read that holds the fault
    assert tripped == (fault is not None)
    if not tripped:
        assert reader.depth == end_depth


def test_a_read_of_many_shallow_objects_is_not_walked_bracket_by_bracket() -> None:
    # a 64 KiB read of tweets holds hundreds of "{" at depth <= 6: within a limit of 8 it passes, and one
    # object nested 9 deep among them trips it
    shallow = b"[" + b",".join([b'{"a": [{"b": {"c": [1, {}]}}]}'] * 3000) + b"]"
    reader = jsonstream.LimitedReader(io.BytesIO(shallow), max_string_bytes=1 << 20, max_depth=8)
    while reader.read(65536):
        pass
    assert reader.depth == 0
    deep = shallow[:-1] + b", " + b"[" * 9 + b"]" * 9 + b"]"
    reader = jsonstream.LimitedReader(io.BytesIO(deep), max_string_bytes=1 << 20, max_depth=8)
    with pytest.raises(jsonstream.LimitExceeded):
        while reader.read(65536):
            pass


# -- more JSON after the top-level value (a silent loss before; found by a fresh tester) ------------------

_JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.text(alphabet='ab"\\[]{},', max_size=6),
                            lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner,
                                                                                          max_size=4), max_leaves=12)


def _limited(raw: bytes, read: int) -> jsonstream.LimitedReader:
    class Trickle(io.RawIOBase):  # hands out at most ``read`` bytes per call
        def __init__(self) -> None:
            self.data = io.BytesIO(raw)

        def readable(self) -> bool:
            return True

        def read(self, size: int = -1) -> bytes:
            return self.data.read(read if size is None or size < 0 else min(size, read))

    return jsonstream.LimitedReader(Trickle(), max_string_bytes=1 << 20, max_depth=1000)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(items=st.lists(_JSON_VALUES, max_size=5), tail=st.sampled_from([b"", b"\n", b";", b";\n", b"\x00\x00", b";junk",
                                                                      b" \"a string\" "]),
       read=st.integers(1, 64))
def test_a_complete_array_and_junk_after_it_read_whole(items: list[Any], tail: bytes, read: int) -> None:
    raw = json.dumps(items).encode() + tail
    assert list(jsonstream.iter_items(_limited(raw, read))) == items
    js = b"window.YTD.tweets.part0 = " + raw  # (the prefix is found in the first read: a whole one)
    assert list(jsonstream.iter_items(_limited(js, 4096))) == items


@settings(max_examples=300, deadline=None)
@given(items=st.lists(_JSON_VALUES, min_size=1, max_size=5),
       more=st.sampled_from([b" [1]", b"\n,{\"a\": 1}]", b";\n[2]", b"\n" + b" " * 200 + b"{}"]),
       read=st.integers(1, 64))
def test_more_json_after_the_array_is_a_fault_after_its_items(items: list[Any], more: bytes, read: int) -> None:
    raw = json.dumps(items).encode() + more
    got: list[Any] = []
    with pytest.raises(ijson.JSONError, match="after the end of the top-level value"):
        for item in jsonstream.iter_items(_limited(raw, read)):
            got.append(item)
    assert got == items  # everything before the fault is kept


def test_kvitems_and_marked_items_see_more_json_too() -> None:
    with pytest.raises(ijson.JSONError, match="after the end"):
        list(jsonstream.iter_kvitems(_limited(b'{"a": 1} {"b": 2}', 5)))
    with pytest.raises(ijson.JSONError, match="after the end"):
        list(jsonstream.iter_items_marked(_limited(b'[{"dmConversation": {"conversationId": "1", "messages": []}}]'
                                                   b'\n[{"x": 1}]', 7), "item", _DM_MARKS))
    assert dict(jsonstream.iter_kvitems(_limited(b'{"a": 1};\n', 5))) == {"a": 1}


# -- whole numbers longer than Python reads as an int (a segmentation fault in ijson's C backend) ----------

def _longest_number_run(raw: bytes) -> int:
    """The longest run of digits outside strings (a string's quote ends a run)."""
    longest = run = 0
    for _, b in _outside_strings(raw):
        run = run + 1 if 0x30 <= b <= 0x39 else 0
        longest = max(longest, run)
    return longest


# numbers and punctuation outside strings; whole strings with digits and escapes inside them (a
# backslash outside a string is no JSON, so none is drawn there); reads cut anywhere
_number_texts = st.lists(st.sampled_from([b"1", b"12345", b"0", b'"123456"', b'"\\"12"', b'"1\\\\"', b'"\\\\\\"9"',
                                          b",", b"[", b"]", b" ", b".", b"-", b"e", b'"a"', b"9" * 9,
                                          b'"' + b"7" * 20 + b'"']),
                         max_size=120).map(b"".join)


@settings(max_examples=400, deadline=None)
@given(raw=_number_texts, read=st.integers(1, 40), limit=st.integers(1, 12))
def test_number_digit_limit_matches_a_plain_walk(raw: bytes, read: int, limit: int) -> None:
    """A run of more than ``limit`` digits outside strings trips the reader, at any read size and
    wherever the run is cut between reads; digits inside strings (escapes too) never do."""
    reader = jsonstream.LimitedReader(io.BytesIO(raw), max_string_bytes=1 << 20, max_depth=10**6,
                                      max_number_digits=limit)
    tripped = False
    try:
        while reader.read(read):
            pass
    except jsonstream.LimitExceeded as exc:
        assert "digits in a row" in str(exc)
        tripped = True
    assert tripped == (_longest_number_run(raw) > limit)


def test_number_digit_limit_defaults_to_pythons_int_limit() -> None:
    import sys

    limit = sys.get_int_max_str_digits()
    ok = b"[" + b"9" * limit + b', "' + b"9" * (limit * 3) + b'"]'
    assert list(jsonstream.iter_items(jsonstream.limited(io.BytesIO(ok), 1 << 20, 64), "item")) == [
        int("9" * limit), "9" * (limit * 3)]
    too_long = b'[1, 2, {"a": -' + b"9" * (limit + 1) + b"}]"
    got = []
    with pytest.raises(jsonstream.LimitExceeded):
        for item in jsonstream.iter_items(jsonstream.limited(io.BytesIO(too_long), 1 << 20, 64), "item"):
            got.append(item)
    assert got == [1, 2]


@pytest.mark.parametrize("bad", [b'{"n": ' + b"9" * 5000 + b"}", b"[" * 40 + b"]" * 40,
                                 b'{"s": "' + b"x" * 3000 + b'"}'])
@pytest.mark.parametrize("at", [0, 1, 37, 99])
def test_records_before_a_limit_in_the_same_read_are_kept(bad: bytes, at: int) -> None:
    """The read that holds a fault is handed out up to the token that breaks the limit: every record
    before it is parsed, even in that very read (before, the whole read was refused; a fresh tester
    lost 32 of 60 likes so). Then the next read raises."""
    items = [b'{"id": %d, "t": "like %d"}' % (i, i) for i in range(100)]
    items[at] = bad
    raw = b"[" + b",\n".join(items) + b"]"
    reader = jsonstream.limited(io.BytesIO(raw), 2000, 32)
    got = []
    with pytest.raises(jsonstream.LimitExceeded):
        for item in jsonstream.iter_items(reader, "item"):
            got.append(item)
    assert [g["id"] for g in got] == list(range(at))



@pytest.mark.parametrize("bad", [b'{"n": ' + b"9" * 5000 + b"}", b"[" * 40 + b"]" * 40])
@pytest.mark.parametrize("at", [0, 1, 50, 99])
def test_marked_items_before_a_limit_in_the_same_read_are_kept(bad: bytes, at: int) -> None:
    """The marking reader (X DMs) holds back the end of each read to see a key whole: at a limit
    fault it hands out what it holds (the records before the fault), then raises (a fresh tester
    lost up to 4 conversations before the fault so)."""
    items = [b'{"id": %d, "conversationId": "c%d"}' % (i, i) for i in range(100)]
    items[at] = bad
    raw = b"[" + b",\n".join(items) + b"]"
    reader = jsonstream.limited(io.BytesIO(raw), 2000, 32)
    got = []
    with pytest.raises(jsonstream.LimitExceeded) as fault:
        for mark, item in jsonstream.iter_items_marked(reader, "item", re.compile(rb'"(conversationId)"')):
            if mark is None:
                got.append(item)
    assert [g["id"] for g in got] == list(range(at))
    position = int(re.search(r"near byte (\d+)", str(fault.value)).group(1))  # the token's own byte
    assert raw[position:position + 1] in (b"[", b"9") and raw.index(bad) <= position <= raw.index(bad) + 40


# -- neutralise_escapes: only \" and \\ are rewritten (issue 16) ---------------------------------------------
def _every_escape_neutralised(data: bytes, escape: bool) -> tuple[bytes, bool]:
    """The earlier, plainer rule: every escape (a backslash and any byte after it) becomes "xx"."""
    if escape and data:
        data = b"x" + data[1:]
    elif escape:
        return data, True
    data = re.sub(rb"\\.", b"xx", data, flags=re.DOTALL)
    return data, data.endswith(b"\\")


def _quotes(data: bytes) -> list[int]:
    return [i for i, byte in enumerate(data) if byte == 0x22]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from([b"\\", b'"', b"u", b"n", b"0", b"a", b"[", b"{", b"\xc3"]), max_size=24).map(b"".join),
       st.integers(min_value=0, max_value=24), st.booleans())
def test_neutralise_escapes_leaves_the_same_quotes_as_neutralising_every_escape(data: bytes, cut: int,
                                                                                 escape: bool) -> None:
    # \n or \u00e9 are left as they are (Facebook's mojibake is ~16,000 \u escapes per MiB): the quotes
    # left, the byte count and a lone backslash at the end are what they were with every escape rewritten,
    # also across two reads (the cut)
    first, rest = data[:cut], data[cut:]
    new1, esc1 = jsonstream.neutralise_escapes(first, escape)
    new2, esc2 = jsonstream.neutralise_escapes(rest, esc1)
    old1, old_esc1 = _every_escape_neutralised(first, escape)
    old2, old_esc2 = _every_escape_neutralised(rest, old_esc1)
    assert (esc1, esc2) == (old_esc1, old_esc2)
    assert len(new1 + new2) == len(data)
    assert _quotes(new1 + new2) == _quotes(old1 + old2)


def test_neutralise_escapes_rewrites_only_quote_and_backslash_escapes() -> None:
    data = rb'"caf\u00c3\u00a9 \"quoted\" C:\\dir\n"'
    out, lone = jsonstream.neutralise_escapes(data, False)
    assert out == rb'"caf\u00c3\u00a9 xxquotedxx C:xxdir\n"'
    assert not lone
    lone_at_end = b'"ends in \\u00e9\\'  # one backslash: its escaped byte starts the next read
    assert jsonstream.neutralise_escapes(lone_at_end, False) == (lone_at_end, True)
