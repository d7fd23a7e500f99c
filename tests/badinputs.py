"""A corpus of hostile and broken inputs, generated at test time, each with its expected outcome.

Every case builds its input in a temporary folder (nothing large is stored in the repository) and
states what the CLI must do with it: the exit code, words that must appear on stderr (the file
name and what is wrong), how many events must still come out, and the exit code under
``--strict``. The small export trees follow the real layouts of formats.md (X 2020+ ``data/*.js``
with the ``window.YTD`` wrapper, Facebook 2024–25 ``your_facebook_activity/``, Amazon legacy
``Retail.OrderHistory.1/``); the engine-level cases use the ``notes`` test parser.

Secrets: records carry :data:`SECRET`, a unique string that must never reach stderr.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from helpers import zip_tree

SECRET = "SECRET-7f3a9c-do-not-print"

# -- small export trees in real layouts --------------------------------------------------------------


def _js(name: str, items: list) -> str:
    """An X data file: ``window.YTD.<name>.part0 = [ … ]`` with X's ``" : "`` style."""
    body = json.dumps(items, indent=2, ensure_ascii=False).replace('": ', '" : ')
    return f"window.YTD.{name}.part0 = {body}"


def tweet(i: int, text: str | None = None) -> dict:
    return {"tweet": {
        "id": str(1500000000000000000 + i), "id_str": str(1500000000000000000 + i),
        "created_at": f"Sat Jun 0{1 + i % 8} 13:02:35 +0000 2022",
        "full_text": text if text is not None else f"tweet number {i} by a fictional person",
        "lang": "en", "favorite_count": "0", "retweet_count": "0", "retweeted": False,
        "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        "display_text_range": ["0", "20"],
    }}


def twitter_tree(root: Path, n_tweets: int = 3, secret_text: bool = False) -> Path:
    """An X archive (2020 →): ``Your archive.html``, ``data/manifest.js``, ``data/tweets.js``, ``data/like.js``."""
    data = root / "data"
    data.mkdir(parents=True, exist_ok=True)
    (root / "Your archive.html").write_text("<!DOCTYPE html><html><body>archive</body></html>")
    (data / "manifest.js").write_text(
        'window.__THAR_CONFIG = {\n  "userInfo" : { "accountId" : "111111111", "userName" : "jane_fict", '
        '"displayName" : "Jane Fict" },\n  "archiveInfo" : { "sizeBytes" : "1000", "generationDate" : '
        '"2023-08-31T12:00:00.000Z", "isPartialArchive" : false },\n  "dataTypes" : { "tweets" : { "files" : '
        '[ { "fileName" : "data/tweets.js", "globalName" : "YTD.tweets.part0", "count" : "3" } ] } }\n}')
    texts = [SECRET + f" {i}" if secret_text else None for i in range(n_tweets)]
    (data / "tweets.js").write_text(_js("tweets", [tweet(i, texts[i]) for i in range(n_tweets)]))
    (data / "like.js").write_text(_js("like", [
        {"like": {"tweetId": "1697051672621597026", "fullText": "a liked tweet",
                  "expandedUrl": "https://twitter.com/i/web/status/1697051672621597026"}}]))
    return root


def facebook_tree(root: Path) -> Path:
    """A Facebook 2024–25 JSON export with two posts and a profile (mojibake-escaped, like the real one)."""
    posts = root / "your_facebook_activity" / "posts"
    posts.mkdir(parents=True, exist_ok=True)
    items = [{"timestamp": 1700000000 + i, "attachments": [],
              "data": [{"post": f"post {i} of a fictional person"}, {"update_timestamp": 1700000000 + i}],
              "title": "Jane Fict updated her status."} for i in range(2)]
    (posts / "your_posts__check_ins__photos_and_videos_1.json").write_text(json.dumps(items, indent=2))
    prof = root / "personal_information" / "profile_information"
    prof.mkdir(parents=True, exist_ok=True)
    (prof / "profile_information.json").write_text(json.dumps(
        {"profile_v2": {"name": {"full_name": "Jane Fict", "first_name": "Jane", "last_name": "Fict"}}}))
    return root


ORDER_HEADER = ('"Website","Order ID","Order Date","Purchase Order Number","Currency","Unit Price","Unit Price Tax",'
                '"Shipping Charge","Total Discounts","Total Owed","Shipment Item Subtotal",'
                '"Shipment Item Subtotal Tax","ASIN","Product Condition","Quantity","Payment Instrument Type",'
                '"Order Status","Shipment Status","Ship Date","Shipping Option","Shipping Address",'
                '"Billing Address","Carrier Name & Tracking Number","Product Name","Gift Message",'
                '"Gift Sender Name","Gift Recipient Contact Details"')


def order_row(i: int, product: str | None = None) -> str:
    cells = ["Amazon.com", f"114-0000001-000000{i}", f"2023-05-3{i % 2}T13:00:59Z", "Not Applicable", "USD",
             "9.99", "0", "0", "0", "9.99", "9.99", "0", f"B0TEST000{i}", "New", "1", "Visa - 0001", "Closed",
             "Shipped", "2023-06-01T01:16:56Z", "std-us", "Not Available", "Not Available", "Not Available",
             product or f"Fictional product {i}", "Not Available", "Not Available", "Not Available"]
    return ",".join(f'"{c}"' for c in cells)


def amazon_tree(root: Path, rows: list[str] | None = None) -> Path:
    """An Amazon legacy export: ``Retail.OrderHistory.1/Retail.OrderHistory.1.csv`` (BOM, all quoted)."""
    folder = root / "Retail.OrderHistory.1"
    folder.mkdir(parents=True, exist_ok=True)
    body = rows if rows is not None else [order_row(i) for i in range(3)]
    (folder / "Retail.OrderHistory.1.csv").write_bytes(
        ("\ufeff" + ORDER_HEADER + "\r\n" + "\r\n".join(body) + "\r\n").encode("utf-8"))
    return root


def notes_tree(root: Path, files: dict[str, bytes]) -> Path:
    """An export of the ``notes`` test parser: marker file plus ``notes/<name>`` members."""
    (root / "notes").mkdir(parents=True, exist_ok=True)
    (root / "notes-export.txt").write_text("marker")
    for name, data in files.items():
        (root / "notes" / name).write_bytes(data)
    return root


def note_records(n: int, start: int = 0, text: str | None = None) -> bytes:
    return json.dumps([{"id": str(i), "at": f"2021-01-{1 + i % 28:02d}T10:00:00Z", "text": text or f"note {i}"}
                       for i in range(start, start + n)]).encode()


# -- zip makers --------------------------------------------------------------------------------------

def write_zip(dest: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(dest, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name, (2022, 1, 1, 0, 0, 0)), data, compress_type=compression)
    return dest


def stream_big_member(dest: Path, name: str, head: bytes, filler: bytes, count: int, tail: bytes,
                      compression: int = zipfile.ZIP_STORED, extra: dict[str, bytes] | None = None) -> Path:
    """A zip with one large member written in pieces (never held in memory)."""
    with zipfile.ZipFile(dest, "w", compression, allowZip64=True) as zf:
        for n, data in (extra or {}).items():
            zf.writestr(n, data)
        info = zipfile.ZipInfo(name, (2022, 1, 1, 0, 0, 0))
        info.compress_type = compression
        with zf.open(info, "w", force_zip64=True) as out:
            out.write(head)
            for _ in range(count):
                out.write(filler)
            out.write(tail)
    return dest


def corrupt_crc(zip_path: Path, member: str) -> None:
    """Flip one byte inside ``member``'s stored data so its CRC no longer matches."""
    with zipfile.ZipFile(zip_path) as zf:
        info = zf.getinfo(member)
    raw = bytearray(zip_path.read_bytes())
    name_len = int.from_bytes(raw[info.header_offset + 26: info.header_offset + 28], "little")
    extra_len = int.from_bytes(raw[info.header_offset + 28: info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    pos = start + info.compress_size - 3  # inside the last record, after the first ones
    raw[pos] = ord("Z") if raw[pos] != ord("Z") else ord("Y")
    zip_path.write_bytes(bytes(raw))


# -- the corpus ---------------------------------------------------------------------------------------

@dataclass
class Case:
    """One bad input and what the CLI must do with it (``dataexam timeline``)."""

    id: str
    build: Callable[[Path], list[Path]]
    exit_code: int
    stderr_has: tuple[str, ...]  # case-insensitive substrings, the file's name among them
    events: int | None = None  # events that must still come out on stdout
    strict_exit: int | None = None  # exit code with --strict (None: same as exit_code)
    registry: str = "real"  # "real" (installed parsers) or "notes" (the test parser)
    options: tuple[str, ...] = ()  # global options before the command
    issue_codes: tuple[str, ...] = ()  # parse-issue codes expected in the summary
    slow: bool = field(default=False)


def _truncated_zip(tmp: Path) -> list[Path]:
    tree = notes_tree(tmp / "t", {"a.json": note_records(3), "b.json": note_records(2, 10),
                                  "c.json": os.urandom(4000).hex().encode()})
    z = zip_tree(tree, tmp / "truncated.zip")
    data = z.read_bytes()
    with zipfile.ZipFile(z) as zf:
        cut = zf.getinfo("notes/c.json").header_offset + 200  # inside c.json's data, directory lost
    z.write_bytes(data[:cut])
    return [z]


def _bad_crc(tmp: Path) -> list[Path]:
    z = write_zip(tmp / "badcrc.zip", {"notes-export.txt": b"m", "notes/a.json": note_records(3),
                                       "notes/b.json": note_records(4, 10)}, zipfile.ZIP_STORED)
    corrupt_crc(z, "notes/b.json")
    return [z]


def _zip_bomb(tmp: Path) -> list[Path]:
    z = tmp / "bomb.zip"
    stream_big_member(z, "notes/bomb.json", b"[", b"0," * (1 << 19), 8, b"0]", zipfile.ZIP_DEFLATED,
                      extra={"notes-export.txt": b"m", "notes/a.json": note_records(2)})
    return [z]


def _nested_zip(tmp: Path) -> list[Path]:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("notes/deep.json", note_records(1, 50))
    data = inner.getvalue()
    for level in range(4):  # four more wrappers: deeper than the default --max-nesting 3
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr(f"level{level}.zip", data)
        data = buf.getvalue()
    return [write_zip(tmp / "nested.zip", {"notes-export.txt": b"m", "notes/a.json": note_records(2),
                                           "tower.zip": data})]


def _unsafe_names(tmp: Path) -> list[Path]:
    z = tmp / "names.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("notes-export.txt", b"m")
        zf.writestr("../../notes/up.json", note_records(1, 0))
        zf.writestr("/abs/notes/abs.json", note_records(1, 1))
        zf.writestr("win\\notes\\back.json", note_records(1, 2))
        info = zipfile.ZipInfo("notes/caf\xe9.json")  # written as cp437 bytes: a non-UTF-8 name
        zf.writestr(info, note_records(1, 3))
    raw = z.read_bytes().replace("caf\xe9".encode("cp437"), b"caf\xff")
    z.write_bytes(raw)
    return [z]


def _symlink_loop(tmp: Path) -> list[Path]:
    tree = notes_tree(tmp / "loop", {"a.json": note_records(2)})
    (tree / "notes" / "self").symlink_to(tree / "notes" / "self")  # a link to itself
    (tree / "sub").mkdir()
    (tree / "sub" / "up").symlink_to(tree, target_is_directory=True)  # a directory cycle
    return [tree]


def _invalid_utf8(tmp: Path) -> list[Path]:
    good = note_records(2)
    bad = good[:-1] + b', {"id": "9", "text": "' + SECRET.encode() + b' caf\xff\xfe"}]'
    return [notes_tree(tmp / "utf8", {"a.json": bad})]


def _truncated_json(tmp: Path) -> list[Path]:
    data = note_records(4)
    cut = data.rfind(b"{")  # mid-array: three complete records, the fourth cut
    return [notes_tree(tmp / "trunc", {"a.json": data[: cut + 12]})]


def _object_not_array(tmp: Path) -> list[Path]:
    return [notes_tree(tmp / "obj", {"a.json": note_records(2), "b.json": b'{"notes": []}', "c.json": b"42"})]


def _deep_nesting(tmp: Path) -> list[Path]:
    return [notes_tree(tmp / "deep", {"a.json": note_records(2), "b.json": b"[" * 100_000 + b"]" * 100_000})]


def _huge_string(tmp: Path) -> list[Path]:
    tree = notes_tree(tmp / "huge", {"a.json": note_records(2)})
    with open(tree / "notes" / "b.json", "wb") as fh:  # 100 MB, written in 1 MiB pieces
        fh.write(b'[{"id": "x", "text": "')
        piece = b"a" * (1 << 20)
        for _ in range(100):
            fh.write(piece)
        fh.write(b'"}]')
    return [tree]


def _huge_string_zip(tmp: Path) -> list[Path]:
    z = tmp / "huge.zip"
    stream_big_member(z, "notes/b.json", b'[{"id": "x", "text": "', b"ab" * (1 << 19), 6, b'"}]',
                      extra={"notes-export.txt": b"m", "notes/a.json": note_records(2)})
    return [z]


def _amazon_ragged(tmp: Path) -> list[Path]:
    rows = [order_row(0), order_row(1)[:-40] + '"', order_row(2).replace("Fictional", "Fic\x00tional"),
            order_row(3)]
    return [amazon_tree(tmp / "amazon", rows)]


def _facebook_html(tmp: Path) -> list[Path]:
    root = tmp / "facebook-janefict-2024"
    (root / "your_facebook_activity" / "posts").mkdir(parents=True)
    (root / "start_here.html").write_text("<html><body>Your information</body></html>")
    (root / "your_facebook_activity" / "posts" / "your_posts__check_ins__photos_and_videos_1.html").write_text(
        "<html><body><div>post</div></body></html>")
    (root / "personal_information" / "profile_information").mkdir(parents=True)
    (root / "personal_information" / "profile_information" / "profile_information.html").write_text("<html/>")
    return [root]


def _facebook_old_html(tmp: Path) -> list[Path]:
    """Facebook's 2010–2017 download ("Download a copy of your Facebook data"): index.htm and html/*.htm, no JSON
    (T33A L6: "not a recognised export")."""
    root = tmp / "facebook-jane.fict.5"
    (root / "html").mkdir(parents=True)
    (root / "index.htm").write_text("<html><body>Jane Fict</body></html>")
    for page in ("timeline", "messages", "friends"):
        (root / "html" / f"{page}.htm").write_text("<html><body><div class=\"contents\"></div></body></html>")
    (root / "photos").mkdir()
    return [root]


def _empty_zip(tmp: Path) -> list[Path]:
    z = tmp / "empty.zip"
    zipfile.ZipFile(z, "w").close()
    return [z]


def _pdf_zip(tmp: Path) -> list[Path]:
    z = tmp / "export.zip"
    z.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n")
    return [z]


def _unknown_service(tmp: Path) -> list[Path]:
    root = tmp / "myspace-export"
    (root / "blog").mkdir(parents=True)
    (root / "blog" / "entries.json").write_text(json.dumps([{"title": "x", "body": "y"}]))
    (root / "friends.csv").write_text("name,since\nTom,2005\n")
    return [root]


def _twitter_truncated_tweets(tmp: Path) -> list[Path]:
    tree = twitter_tree(tmp / "x", n_tweets=5)
    tweets = tree / "data" / "tweets.js"
    data = tweets.read_bytes()
    cut = data.rfind(b'"tweet"')
    tweets.write_bytes(data[:cut + 40])
    return [zip_tree(tree, tmp / "twitter-broken.zip")]


def _twitter_wrong_shape(tmp: Path) -> list[Path]:
    tree = twitter_tree(tmp / "x", n_tweets=2)
    (tree / "data" / "like.js").write_text('window.YTD.like.part0 = { "like" : "not a list" }')
    return [tree]


def _twitter_object_cut_off(tmp: Path) -> list[Path]:
    """T37: a tweets.js whose whole content is ``{"a":`` (an object, cut off), and a like.js of the same kind
    after its ``window.YTD`` prefix: each is of the wrong shape *and* truncated, and both are said."""
    tree = twitter_tree(tmp / "x", n_tweets=2)
    (tree / "data" / "tweets.js").write_bytes(b'{"a":')
    (tree / "data" / "like.js").write_bytes(b'window.YTD.like.part0 = {"like" : [')
    return [tree]


def _facebook_object_cut_off(tmp: Path) -> list[Path]:
    """A Facebook posts file cut off inside its first object: any top-level shape is read there, so it is "JSON
    ends early", as a cut array is."""
    tree = facebook_tree(tmp / "fb")
    (tree / "your_facebook_activity" / "posts" / "your_posts__check_ins__photos_and_videos_1.json").write_bytes(
        b'{"a":')
    return [tree]


def _facebook_bad_record(tmp: Path) -> list[Path]:
    tree = facebook_tree(tmp / "fb")
    posts = tree / "your_facebook_activity" / "posts" / "your_posts__check_ins__photos_and_videos_1.json"
    data = posts.read_bytes()
    posts.write_bytes(data[: len(data) - 30])  # the second post is cut
    return [tree]


def _unreadable(tmp: Path) -> list[Path]:
    # the permission bits; tests/test_hostile.py also simulates the refusal for root (chmod does not stop root)
    tree = notes_tree(tmp / "perm", {"a.json": note_records(2), "b.json": note_records(1, 5)})
    os.chmod(tree / "notes" / "b.json", 0)
    return [tree]


CASES: list[Case] = [
    Case("truncated-zip", _truncated_zip, 0, ("truncated.zip", "incomplete", "3 complete file"),
         events=5, strict_exit=4, registry="notes", issue_codes=("truncated-zip",)),
    # b.json's damage is in its 4th record: its first 3 are kept (3 + 3; was 3, b.json lost whole: T27A M1)
    Case("bad-crc", _bad_crc, 0, ("notes/b.json", "damaged", "after 3 records"), events=6, strict_exit=4,
         registry="notes",
         issue_codes=("corrupt-member",)),
    Case("zip-bomb", _zip_bomb, 0, ("notes/bomb.json", "zip bomb", "--max-ratio"), events=2, strict_exit=4,
         registry="notes", issue_codes=("limit",)),
    Case("nested-zip-tower", _nested_zip, 0, ("level", "nested deeper", "--max-nesting"), events=2,
         strict_exit=4, registry="notes", issue_codes=("limit",)),
    Case("unsafe-names", _unsafe_names, 0, ("unsafe-name", "cleaned name"), events=4, strict_exit=4,
         registry="notes", issue_codes=("unsafe-name",)),
    Case("symlink-loop", _symlink_loop, 0, ("notes/self", "cannot be read"), events=2, strict_exit=4,
         registry="notes", issue_codes=("unreadable",)),
    Case("invalid-utf8", _invalid_utf8, 0, ("notes/a.json", "utf"), events=2, strict_exit=4, registry="notes"),
    Case("truncated-json", _truncated_json, 0, ("notes/a.json", "truncated", "after 3 records"), events=3,
         strict_exit=4, registry="notes", issue_codes=("bad-json",)),
    Case("wrong-top-level", _object_not_array, 0, ("notes/b.json", "expected an array", "found an object",
                                                    "notes/c.json", "found a number"),
         events=2, strict_exit=4, registry="notes", issue_codes=("bad-shape",)),
    Case("deep-nesting", _deep_nesting, 0, ("notes/b.json", "nested deeper than 256", "--max-json-depth"),
         events=2, strict_exit=4, registry="notes", issue_codes=("too-deep",)),
    Case("huge-string", _huge_string, 0, ("notes/b.json", "longer than", "--max-string-size"), events=2,
         strict_exit=4, registry="notes", issue_codes=("limit",), slow=True),
    Case("huge-string-zip-small-limit", _huge_string_zip, 0, ("notes/b.json", "longer than the 1048576-byte"),
         events=2, strict_exit=4, registry="notes", options=("--max-string-size", "1"), issue_codes=("limit",)),
    Case("unreadable-file", _unreadable, 0, ("notes/b.json", "cannot be read"), events=2, strict_exit=4,
         registry="notes", issue_codes=("unreadable",)),
    Case("amazon-ragged-nul", _amazon_ragged, 0, ("Retail.OrderHistory.1.csv", "ragged-row", "nul-byte"),
         events=3, strict_exit=4, issue_codes=("ragged-row", "nul-byte")),
    Case("twitter-truncated-tweets", _twitter_truncated_tweets, 0, ("data/tweets.js", "truncated"),
         events=5, strict_exit=4),  # 4 complete tweets + 1 like
    Case("twitter-wrong-shape", _twitter_wrong_shape, 0, ("data/like.js", "expected an array"), events=2,
         strict_exit=4),
    Case("twitter-object-cut-off", _twitter_object_cut_off, 0,
         ("data/tweets.js", "expected an array at the top level, found an object, and data/tweets.js is cut off: "
          "it ends after 5 bytes, inside that object", "data/like.js is cut off: it ends after 35 bytes"),
         events=0, strict_exit=4, issue_codes=("bad-shape",)),
    Case("facebook-object-cut-off", _facebook_object_cut_off, 0,
         ("your_posts__check_ins__photos_and_videos_1.json", "JSON ends early (file truncated?)"), events=None,
         strict_exit=4, issue_codes=("bad-json",)),
    Case("facebook-cut-posts", _facebook_bad_record, 0, ("your_posts__check_ins__photos_and_videos_1.json",
                                                         "truncated"), events=None, strict_exit=4),
    Case("facebook-html-export", _facebook_html, 3, ("facebook-janefict-2024", "HTML format", "JSON")),
    Case("facebook-old-html-download", _facebook_old_html, 3,
         ("facebook-jane.fict.5", "old HTML download (2010–2017", "request a new download in JSON", "same years")),
    Case("empty-zip", _empty_zip, 3, ("empty.zip", "no files")),
    Case("pdf-renamed-zip", _pdf_zip, 1, ("export.zip", "PDF")),
    Case("unknown-service", _unknown_service, 3, ("myspace-export", "not a recognised export")),
]
