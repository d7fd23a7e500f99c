from __future__ import annotations

import io

import pytest

from dataexam import jsonstream


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
