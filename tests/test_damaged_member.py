"""A damaged zip member keeps every record read before the damage (T27A M1): zipfile raised its CRC fault in the
read that held the member's last bytes, so a member smaller than one read lost every record to one flipped byte."""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from pathlib import Path

from dataexam import api
from dataexam.archive import CrcMismatch, HandsOverFirst
from dataexam.events import ParseIssue

MESSAGES = 40


def _x_tweets(n: int) -> bytes:
    tweets = [{"tweet": {"id_str": str(1000 + i), "full_text": f"tweet number {i:03d}", "lang": "en",
                         "created_at": f"Mon Jan 01 10:{i % 60:02d}:00 +0000 2024"}} for i in range(n)]
    return ("window.YTD.tweets.part0 = " + json.dumps(tweets, indent=1)).encode()


def _x_zip(dest: Path, tweets: bytes, method: int) -> bytes:
    account = (b'window.YTD.account.part0 = [{"account": {"accountId": "1500000001", "username": "someone", '
               b'"createdAt": "2015-01-01T00:00:00.000Z"}}]')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        zf.writestr("data/account.js", account)
        zf.writestr("data/tweets.js", tweets)
    dest.write_bytes(buf.getvalue())
    return buf.getvalue()


def _read(path: Path) -> tuple[list[str], list[ParseIssue]]:
    stats = api.RunStats()
    texts = [e.text or "" for e in api.timeline(path, stats=stats) if e.kind == "twitter.tweet"]
    return texts, [i for i in stats.issues if i.code == "corrupt-member"]


def test_a_flipped_byte_in_a_stored_member_keeps_every_record(tmp_path: Path) -> None:
    tweets = _x_tweets(MESSAGES)
    raw = bytearray(_x_zip(tmp_path / "x.zip", tweets, zipfile.ZIP_STORED))
    at = raw.find(b"tweet number 034")
    raw[at + 1] ^= 0x20  # "tWeet number 034": the text of the 35th of 40, the JSON still valid
    (tmp_path / "x.zip").write_bytes(bytes(raw))
    texts, issues = _read(tmp_path / "x.zip")
    assert len(texts) == MESSAGES  # was 0: all 40 lost, "before the first record"
    assert len(issues) == 1 and issues[0].position == f"after {MESSAGES} records"
    assert "every record read was kept, and one of them may hold a damaged value" in issues[0].message


def test_a_deflate_fault_mid_member_keeps_the_records_before_it(tmp_path: Path) -> None:
    tweets = _x_tweets(2000)  # ~200 KB: several reads
    raw = bytearray(_x_zip(tmp_path / "x.zip", tweets, zipfile.ZIP_DEFLATED))
    info = zipfile.ZipFile(tmp_path / "x.zip").getinfo("data/tweets.js")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for k in range(200):  # garbage in the last fifth of the deflate stream
        raw[start + info.compress_size * 4 // 5 + k] = 0xFF
    (tmp_path / "x.zip").write_bytes(bytes(raw))
    texts, issues = _read(tmp_path / "x.zip")
    assert len(issues) == 1 and "the records before the damage were kept" in issues[0].message
    kept = len(texts)
    assert issues[0].position == f"after {kept} records"
    assert 2000 * 3 // 5 < kept < 2000  # the tweets before the damage, not none


def test_hands_over_first_raises_after_the_data() -> None:
    payload = b"x" * 100_000
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.txt", payload)
    zf = zipfile.ZipFile(buf)
    info = zf.getinfo("a.txt")
    right = info.CRC
    info.CRC = right ^ 1  # a directory that disagrees with the bytes
    stream = HandsOverFirst(zf.open(info), info.CRC)
    assert stream.read(1 << 20) == payload  # all of it, although the read reached the end
    try:
        stream.read(1 << 20)
    except CrcMismatch:
        pass
    else:
        raise AssertionError("the CRC fault was never raised")
    info.CRC = right
    good = HandsOverFirst(zf.open(info), info.CRC)
    assert good.read() == payload and good.read(10) == b""
    assert zlib.crc32(payload) == right
