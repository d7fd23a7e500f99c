"""A zip cut off inside a file (an interrupted download) keeps that file's records up to the cut, as the same file
cut in a folder does, and the issues name the file (the twenty-eighth pass's second tester, M1).

The salvage of a zip without its central directory dropped the member the zip ends inside: 414 tweets of
``data/tweets-part1.js`` lost (the same bytes in a folder kept 273), and the ``truncated-zip`` issue said only "the
last file is cut off". Each service's parser is read through a cut zip here: X ``.js`` (deflated), Facebook JSON and
Amazon CSV (stored), alone and in a Downloads folder.
"""

from __future__ import annotations

import csv
import io
import json
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from dataexam import api
from dataexam.archive import MemberCutOff, open_input
from dataexam.errors import CorruptArchive
from dataexam.events import ParseIssue
from helpers import FIXTURES, tree_files

N = 400


def _x_files() -> tuple[dict[str, bytes], str]:
    files = tree_files(FIXTURES / "twitter" / "current" / "archive")
    tweets = [{"tweet": {"id_str": str(1000 + i), "full_text": f"tweet number {i:03d} of the cut file", "lang": "en",
                         "created_at": f"Mon Jan 01 10:{i % 60:02d}:00 +0000 2024"}} for i in range(N)]
    files["data/tweets.js"] = ("window.YTD.tweets.part0 = " + json.dumps(tweets, indent=1)).encode()
    return files, "data/tweets.js"


def _facebook_files() -> tuple[dict[str, bytes], str]:
    files = tree_files(FIXTURES / "facebook" / "2021-22" / "archive")
    posts = [{"timestamp": 1632000000 + 3600 * i, "data": [{"post": f"post number {i:03d}"}], "title": ""}
             for i in range(N)]
    files["posts/your_posts_1.json"] = json.dumps(posts, indent=2).encode()
    return files, "posts/your_posts_1.json"


def _amazon_files() -> tuple[dict[str, bytes], str]:
    files = tree_files(FIXTURES / "amazon" / "legacy" / "archive")
    path = "Retail.OrderHistory.1/Retail.OrderHistory.1.csv"
    text = files[path].decode("utf-8-sig")
    header, first = list(csv.reader(io.StringIO(text, newline="")))[:2]
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(header)
    order_id = header.index("Order ID")
    for i in range(N):  # the first order again and again, each its own order (a quoted address spans lines)
        row = list(first)
        row[order_id] = f"114-{i:07d}-0000001"
        writer.writerow(row)
    files[path] = ("\ufeff" + out.getvalue()).encode()
    return files, path


def _zip(files: dict[str, bytes], method: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _cut(data: bytes, member: str, fraction: float) -> tuple[bytes, bytes]:
    """The zip cut ``fraction`` of the way into ``member``'s data, and what the bytes present inflate to."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_len + extra_len
    present = data[start: start + int(info.compress_size * fraction)]
    if info.compress_type == zipfile.ZIP_DEFLATED:
        present = zlib.decompressobj(-15).decompress(present)
    return data[: start + int(info.compress_size * fraction)], present


def _records(path: Path, member: str) -> tuple[set[int], list[ParseIssue]]:
    stats = api.RunStats()
    indexes = {e.origin.index for e in api.timeline(path, stats=stats) if e.origin.member.endswith(member)}
    return indexes, list(stats.issues)


@pytest.mark.parametrize(("make", "method"), [(_x_files, zipfile.ZIP_DEFLATED), (_facebook_files, zipfile.ZIP_STORED),
                                              (_amazon_files, zipfile.ZIP_STORED)], ids=["x-js", "facebook-json",
                                                                                         "amazon-csv"])
def test_a_zip_cut_inside_a_file_keeps_its_records_up_to_the_cut(tmp_path: Path, make, method: int) -> None:  # type: ignore[no-untyped-def]
    files, member = make()
    whole = tmp_path / "whole.zip"
    whole.write_bytes(_zip(files, method))
    assert len(_records(whole, member)[0]) == N
    # the cut file last in the zip, as a download ends
    files = {**{k: v for k, v in files.items() if k != member}, member: files[member]}
    cut, present = _cut(_zip(files, method), member, 0.5)
    z = tmp_path / "export.zip"
    z.write_bytes(cut)

    # the same bytes in a folder: the reference
    folder = tmp_path / "folder"
    for name, data in {**files, member: present}.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    in_folder, _ = _records(folder, member)

    kept, issues = _records(z, member)
    assert kept == in_folder == set(range(len(kept)))  # was: none of them
    assert N * 2 // 5 < len(kept) < N * 3 // 5
    # one issue of the cut (INP51: the file's own corrupt-member line was a second), naming the file and how far
    assert [i for i in issues if i.code == "corrupt-member"] == []
    (truncated,) = [i for i in issues if i.code == "truncated-zip"]
    assert truncated.member == member and truncated.position == f"after {len(kept)} records"
    assert truncated.message.endswith(f"{len(files) - 1} complete file(s) were read, and {member} as far as it "
                                      f"goes: the zip ends inside it; {member} is cut off after {len(kept)} records: "
                                      "the records before the cut were kept; the rest of it and every file after it "
                                      "in export.zip are lost")

    # in a Downloads folder: the same
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    (downloads / "export.zip").write_bytes(cut)
    assert _records(downloads, member)[0] == kept


def test_a_cut_member_hands_over_every_byte_present_then_says_cut(tmp_path: Path) -> None:
    files, member = _x_files()
    cut, present = _cut(_zip({"data/aaa.js": b"x" * 100, member: files[member]}, zipfile.ZIP_DEFLATED), member, 0.3)
    z = tmp_path / "x.zip"
    z.write_bytes(cut)
    with open_input(z) as arch:
        assert arch.paths() == ["data/aaa.js", member]
        stream = arch.get(member).open()  # type: ignore[union-attr]
        got = b""
        with pytest.raises(MemberCutOff):
            while chunk := stream.read(5000):
                got += chunk
        assert got == present and len(present) > 10_000


def test_a_zip_cut_inside_a_header_names_the_file_it_ends_in(tmp_path: Path) -> None:
    data = _zip({"a.json": b"[1, 2, 3]", "notes/b.json": b"[4, 5, 6]"}, zipfile.ZIP_STORED)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("notes/b.json")
    z = tmp_path / "x.zip"
    z.write_bytes(data[: info.header_offset + 30 + len("notes/b.json")])  # its name read, none of its data
    with open_input(z) as arch:
        assert arch.paths() == ["a.json"]
        assert arch.issues[0].message.endswith("1 complete file(s) were read; notes/b.json is cut off before any of "
                                               "its data could be read")


def test_a_cut_facebook_message_file_keeps_its_messages_and_the_rest_of_the_export(tmp_path: Path) -> None:
    # the parser's first looks at a file's head (owner, newest year, thread titles) met the cut before its handler:
    # "unexpected MemberCutOff in the facebook parser; the rest of this export was skipped"
    files = tree_files(FIXTURES / "facebook" / "2021-22" / "archive")
    del files["profile_information/profile_information.json"]  # after the cut, lost: the owner read from the threads
    member = "messages/inbox/anna_123/message_1.json"
    thread = {"participants": [{"name": "Anna Example"}, {"name": "Jane Example"}],  # the title after the messages
              "messages": [{"sender_name": "Anna Example", "timestamp_ms": 1632000000000 - 60_000 * i,
                            "content": f"message number {i:02d}"} for i in range(60)], "title": "Anna Example"}
    files[member] = json.dumps(thread, indent=1).encode()
    whole = _records(_write(tmp_path / "whole.zip", _zip(files, zipfile.ZIP_STORED)), member)[0]
    assert len(whole) == 60
    everything = {e.origin.member for e in api.timeline(tmp_path / "whole.zip")}
    cut, _ = _cut(_zip(files, zipfile.ZIP_STORED), member, 0.5)
    z = _write(tmp_path / "fb.zip", cut)
    stats = api.RunStats()
    events = list(api.timeline(z, stats=stats))
    kept = {e.origin.index for e in events if e.origin.member == member}
    assert kept == set(range(len(kept))) and 20 < len(kept) < 40
    assert [i.code for i in stats.issues if i.code == "parser-error"] == []
    # every other file is read (the message file is the zip's last): was the export skipped after the cut one
    assert {e.origin.member for e in events} == everything
    assert any(i.code == "truncated-zip" and f"; {member} is cut off after {len(kept)} records" in i.message
               for i in stats.issues)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _x_first(cut_at: Callable[[int, int, int], int]) -> tuple[bytes, str]:
    """An X zip whose first file is the tweets (400), cut at ``cut_at(header offset, data offset, compressed
    size)`` of that file."""
    files, member = _x_files()
    files = {member: files[member], **{k: v for k, v in files.items() if k != member}}
    data = _zip(files, zipfile.ZIP_DEFLATED)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_len + extra_len
    return data[: cut_at(info.header_offset, start, info.compress_size)], member


def test_a_zip_cut_inside_its_very_first_file_keeps_its_records_up_to_the_cut(tmp_path: Path) -> None:
    """T28D / note42: a zip cut inside its first member was "a damaged zip", nothing kept."""
    cut, member = _x_first(lambda h, d, size: d + size // 2)
    z = tmp_path / "x.zip"
    z.write_bytes(cut)
    kept, issues = _records(z, member)
    assert kept == set(range(len(kept))) and N * 2 // 5 < len(kept) < N * 3 // 5
    (truncated,) = [i for i in issues if i.code == "truncated-zip"]
    assert (f"0 complete file(s) were read, and {member} as far as it goes: the zip ends inside it; {member} is cut "
            f"off after {len(kept)} records" in truncated.message)
    assert truncated.member == member and truncated.position == f"after {len(kept)} records"


@pytest.mark.parametrize(("cut_at", "said"), [
    (lambda h, d, size: h + 20, "the zip ends inside the header of its first file; nothing of that file was read"),
    (lambda h, d, size: h + 30 + 7, "the zip ends inside the header of its first file (its name cut off at 'data/tw'); "
                              "nothing of that file was read"),
    (lambda h, d, size: d, "the zip ends inside its first file, data/tweets.js, before any of its data"),
], ids=["fixed-header", "name", "no-data"])
def test_a_zip_cut_before_any_data_of_its_first_file_says_where(tmp_path: Path, cut_at, said: str) -> None:  # type: ignore[no-untyped-def]
    z = tmp_path / "x.zip"
    z.write_bytes(_x_first(cut_at)[0])
    with pytest.raises(CorruptArchive) as caught:
        open_input(z)
    assert str(caught.value) == (f"{z}: the zip file is damaged or incomplete (its directory is missing; was the "
                                 f"download interrupted?); {said}")


@pytest.mark.parametrize(("into", "said"), [
    (20, "the zip ends inside the header of the file after a.json; nothing of that file was read"),
    (30 + 5, "the zip ends inside the header of the file after a.json (its name cut off at 'notes'); nothing of "
             "that file was read"),
], ids=["fixed-header", "name"])
def test_a_zip_cut_inside_a_later_header_names_the_file_before_it(tmp_path: Path, into: int, said: str) -> None:
    """T28D N3: a cut inside a member's local header said "the last file is cut off" or "the rest of the file is
    missing or unreadable", naming no file."""
    data = _zip({"a.json": b"[1, 2, 3]", "notes/b.json": b"[4, 5, 6]"}, zipfile.ZIP_STORED)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("notes/b.json")
    z = tmp_path / "x.zip"
    z.write_bytes(data[: info.header_offset + into])
    with open_input(z) as arch:
        assert arch.paths() == ["a.json"]
        assert arch.issues[0].message.endswith(f"1 complete file(s) were read; {said}")
