"""Files of an export saved again in another encoding, and other bad input files, said in words a person can act on
(T44B): a Messenger thread or a profile in UTF-16 / UTF-32 without a byte-order mark was "invalid JSON (lexical error
...)", one in Latin-1 "invalid bytes in UTF8 string" with no hint, X's UTF-32 with a mark "no JSON value"; --redact
dropped the encoding hint; X's manifest with a count of null or 10^23 said nothing, one in Latin-1 or empty did not
say its counts were not compared; a Messenger ``timestamp_ms`` of 10^30 lost its whole thread. Synthetic data only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_input_notes import _x_changed
from test_parts_and_owners import _counted_x_archive

from dataexam import api, jsonstream
from dataexam.input_notes import redacted_message
from dataexam.registry import load_registry

#: the fields every JSON issue carries beside code, export, file and message (INP50: ParseIssue.kind_fields)
_KIND_FIELDS = ("kind", "nothing_read")


def _plain(notes: list[dict]) -> list[dict]:
    """The report's input notes without :data:`_KIND_FIELDS` (asserted apart, :func:`_kinds`)."""
    return [{k: v for k, v in note.items() if k not in _KIND_FIELDS} for note in notes]


def _kinds(data: dict) -> list[tuple[str, bool]]:
    """(kind, nothing_read) of each input note of a ``report -f json``; none says a fault another counts."""
    notes = data["inputs"]["parse_issues"]["notes"]
    assert not any("same_fault" in note for note in notes)  # INP51: one issue per cut, no second line to mark
    return [(note["kind"], note["nothing_read"]) for note in notes]

REGISTRY = load_registry()
INBOX = "your_activity_across_facebook/messages/inbox/"
PROFILE = "personal_information/profile_information/profile_information.json"
EDITOR = "where the export writes UTF-8 (was the file saved again by an editor?)"
LATIN = ("found bytes that are not UTF-8, e.g. Latin-1 or Windows-1252 text where the export writes UTF-8 (was the "
         "file saved again by an editor?)")
COUNTS = ("the files it lists and their counts were not read, so neither a part of the archive missing nor a file of "
          "another download can be told")
WIDE: dict[str, tuple[Callable[[str], bytes], str]] = {
    "utf-16 with a mark": (lambda s: s.encode("utf-16"), "UTF-16"),
    "utf-16-le": (lambda s: s.encode("utf-16-le"), "UTF-16"),
    "utf-16-be": (lambda s: s.encode("utf-16-be"), "UTF-16"),
    "utf-32 with a mark": (lambda s: s.encode("utf-32"), "UTF-32"),
    "utf-32-le": (lambda s: s.encode("utf-32-le"), "UTF-32"),
    "utf-32-be": (lambda s: s.encode("utf-32-be"), "UTF-32"),
}


def _message(k: int, **extra: Any) -> dict[str, Any]:
    return {"sender_name": "Ines Varga", "timestamp_ms": 1_700_000_000_000 + k * 86_400_000, "content": f"hallo {k}",
            **extra}


def _thread(messages: list[dict[str, Any]], friend: str = "Odo Brandt") -> dict[str, Any]:
    return {"participants": [{"name": friend}, {"name": "Ines Varga"}], "messages": messages}


def _facebook(path: Path, files: dict[str, bytes], profile: bytes | None = None) -> Path:
    """A Facebook zip of Ines Varga's: her profile (``profile``, else UTF-8), a good thread of 4 messages and
    ``files`` (a path under the inbox → its bytes)."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(PROFILE, profile if profile is not None else json.dumps(
            {"profile_v2": {"name": {"full_name": "Ines Varga"}}}).encode())
        z.writestr(INBOX + "odobrandt_1/message_1.json", json.dumps(_thread([_message(k) for k in range(4)])))
        for name, body in files.items():
            z.writestr(INBOX + name, body)
    return path


def _read(paths: list[Path]) -> tuple[list[Any], api.RunStats]:
    stats = api.RunStats()
    events = list(api.timeline(paths, registry=REGISTRY, stats=stats))
    return events, stats


def _report(paths: list[Path], out: Path, *extra: str) -> tuple[dict[str, Any], str]:
    """The JSON report of ``paths`` (exit code 0) and the run's stderr."""
    run = [sys.executable, "-m", "dataexam", "report", *map(str, paths), "-f", "json", "-o", str(out), "--no-pager",
           *extra]
    done = subprocess.run(run, capture_output=True, text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"})
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text(encoding="utf-8")), " ".join(done.stderr.split())


# -- UTF-16 / UTF-32 ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "found"), [
    (b"\xff\xfe{\x00", "UTF-16"), (b"\xfe\xff\x00{", "UTF-16"), (b'{\x00"\x00', "UTF-16"), (b'\x00{\x00"', "UTF-16"),
    (b"\xff\xfe\x00\x00{\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"), (b"{\x00\x00\x00", "UTF-32"),
    (b"\x00\x00\x00{", "UTF-32"), (b"w\x00i\x00", "UTF-16"), (b"w\x00\x00\x00", "UTF-32"),
    (b'{"a"', None), (b"[1, ", None), (b"\x00\x01\x02\x03", None), (b"{\x00", None),
])
def test_wide_text_is_told_by_its_mark_or_its_nuls(head: bytes, found: str | None) -> None:
    assert jsonstream.wide_encoding(head) == found
    if found:
        assert jsonstream.value_name(head) == f"{found} text {EDITOR}"


@pytest.mark.parametrize("encoding", list(WIDE))
def test_a_messenger_thread_in_utf16_or_utf32_is_named_so(tmp_path: Path, encoding: str) -> None:
    """With a byte-order mark or without (Notepad's "Unicode" is UTF-16 LE): the thread is a bad-shape note naming
    the encoding; the other thread's 4 messages are kept."""
    encode, name = WIDE[encoding]
    fb = _facebook(tmp_path / "facebook-inesvarga.zip",
                   {"odobrandt_2/message_1.json": encode(json.dumps(_thread([_message(9)])))})
    events, stats = _read([fb])
    assert sum(e.kind == "facebook.message" for e in events) == 4
    assert [(n.code, n.member, n.message) for n in stats.notes] == [
        ("bad-shape", INBOX + "odobrandt_2/message_1.json",
         f"expected an object at the top level, found {name} text {EDITOR}; nothing was read")]


@pytest.mark.parametrize("encoding", list(WIDE))
def test_a_profile_in_utf16_or_utf32_is_named_so(tmp_path: Path, encoding: str) -> None:
    encode, name = WIDE[encoding]
    fb = _facebook(tmp_path / "facebook-inesvarga.zip", {},
                   profile=encode(json.dumps({"profile_v2": {"name": {"full_name": "Ines Varga"}}})))
    events, stats = _read([fb])
    assert sum(e.kind == "facebook.message" for e in events) == 4
    assert [(n.code, n.member, n.message) for n in stats.notes] == [
        ("bad-shape", PROFILE, f"expected an object at the top level, found {name} text {EDITOR}; nothing was read")]


@pytest.mark.parametrize("encoding", list(WIDE))
@pytest.mark.parametrize(("member", "wanted"), [("/like.js", "an array"), ("/tweets.js", "an array")])
def test_an_x_data_file_in_utf16_or_utf32_is_named_so(tmp_path: Path, encoding: str, member: str,
                                                      wanted: str) -> None:
    """X's files begin with a ``window.YTD… =`` prefix: a UTF-32 one (with a mark or not) was "found no JSON value"."""
    encode, name = WIDE[encoding]
    archive = _x_changed(tmp_path, "x", member, lambda b: encode(b.decode()))
    _events, stats = _read([archive])
    assert [(n.code, n.message) for n in stats.notes] == [
        ("bad-shape", f"expected {wanted} at the top level, found {name} text {EDITOR}; nothing was read")]


@pytest.mark.parametrize("encoding", list(WIDE))
def test_an_x_manifest_in_utf16_or_utf32_says_its_counts_were_not_compared(tmp_path: Path, encoding: str) -> None:
    encode, name = WIDE[encoding]
    archive = _x_changed(tmp_path, "x", "/manifest.js", lambda b: encode(b.decode()))
    _events, stats = _read([archive])
    assert [(n.code, n.member, n.message) for n in stats.notes] == [
        ("bad-shape", "twitter-2024/data/manifest.js",
         f"expected an object at the top level, found {name} text {EDITOR}: {COUNTS}")]


def test_every_encoding_hint_ends_in_the_one_wording() -> None:
    """T45 6: the hint was written out in each place that gives it; now one constant, the words unchanged."""
    assert jsonstream.SAVED_AGAIN == EDITOR
    assert [jsonstream.wide_text(name) for name in ("UTF-16", "UTF-32")] == [f"UTF-16 text {EDITOR}",
                                                                             f"UTF-32 text {EDITOR}"]
    assert jsonstream.NOT_UTF8 == LATIN


# -- Latin-1 / Windows-1252 --------------------------------------------------------------------------------------

@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
@pytest.mark.parametrize(("text", "friend", "kept", "tail"), [
    ("Grüße aus Köln", "Odo Brandt", 2, "records before this point were kept"),  # the third message's text
    ("Señora Müller", "Odo Brandt", 2, "records before this point were kept"),
    ("hallo", "Björk Ólafsdóttir", 0, "nothing was read"),  # a participant's name, before every message
])
def test_a_latin1_thread_is_hinted_and_keeps_what_came_before(tmp_path: Path, codec: str, text: str, friend: str,
                                                              kept: int, tail: str) -> None:
    messages = [_message(0), _message(1), _message(2, content=text), _message(3)]
    body = json.dumps(_thread(messages, friend), ensure_ascii=False).encode(codec)
    fb = _facebook(tmp_path / "facebook-inesvarga.zip", {"odobrandt_2/message_1.json": body})
    events, stats = _read([fb])
    assert sum(e.kind == "facebook.message" for e in events) == 4 + kept
    assert [(n.code, n.message) for n in stats.notes] == [
        ("bad-json", f"invalid JSON (lexical error: invalid bytes in UTF8 string.), {LATIN}; {tail}")]


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_an_x_manifest_in_latin1_says_its_counts_were_not_compared(tmp_path: Path, codec: str) -> None:
    archive = _x_changed(tmp_path, "x", "/manifest.js",
                         lambda b: b.decode().replace('"Jane"', '"Jäné"').encode(codec))
    data, stderr = _report([archive], tmp_path / "r.json")
    message = f"invalid JSON (lexical error: invalid bytes in UTF8 string.), {LATIN}: {COUNTS}"
    assert _plain(data["inputs"]["parse_issues"]["notes"]) == [
        {"code": "bad-json", "export": "x.zip", "file": "twitter-2024/data/manifest.js", "message": message}]
    assert _kinds(data) == [("stops", False)]  # the manifest unread: its counts not compared
    assert f"bad-json — {message}" in stderr


# -- --redact ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "code", "message"), [
    (json.dumps(_thread([_message(0)])).encode("utf-16-le"), "bad-shape",
     f"a file is not of the shape its export writes: nothing was read from it; found UTF-16 text {EDITOR}"),
    (json.dumps(_thread([_message(0)])).encode("utf-32"), "bad-shape",
     f"a file is not of the shape its export writes: nothing was read from it; found UTF-32 text {EDITOR}"),
    (json.dumps(_thread([_message(0, content="Grüße")]), ensure_ascii=False).encode("latin-1"), "bad-json",
     f"a file's JSON is cut short or damaged: the records after the fault were not read; {LATIN}"),
    (b"", "bad-shape", "a file is not of the shape its export writes: nothing was read from it"),
])
def test_redact_keeps_the_encoding_hint_and_no_name(tmp_path: Path, body: bytes, code: str, message: str) -> None:
    """The hint names nothing of the person's (DESIGN.md: names and paths are redacted), so it stays."""
    fb = _facebook(tmp_path / "facebook-inesvarga.zip", {"odobrandt_2/message_1.json": body})
    data, stderr = _report([fb], tmp_path / "r.json", "--redact")
    assert _plain(data["inputs"]["parse_issues"]["notes"]) == [
        {"code": code, "export": None, "file": None, "message": message}]
    assert _kinds(data) == [("stops", True)]  # the one message's thread: nothing of it read
    text = json.dumps(data) + stderr
    assert "inesvarga" not in text and "odobrandt" not in text and "Odo" not in text


def test_a_hint_inside_a_message_that_names_a_file_keeps_only_the_hint() -> None:
    named = f"data/zoe_private.js is cut off; found UTF-16 text {EDITOR}"
    assert redacted_message("bad-shape", named) == (
        f"a file is not of the shape its export writes: nothing was read from it; found UTF-16 text {EDITOR}")
    assert redacted_message("count-mismatch", "like.js holds 2") == "like.js holds 2"
    assert redacted_message("unreadable", "cannot read /home/zoe") == "a file could not be read"


# -- X's manifest counts -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("count", [b"null", b'"99999999999999999999999"', b"99999999999999999999999", b'"abc"',
                                   b'"-1"', b'"1e3"'])
def test_a_manifest_count_that_cannot_be_read_is_a_note(tmp_path: Path, count: bytes) -> None:
    archive = _x_changed(tmp_path, "x", "/manifest.js", lambda b: b.replace(b'"count": "3"', b'"count": ' + count))
    data, stderr = _report([archive], tmp_path / "r.json")
    message = ("data/manifest.js lists data/like.js with a count that is no number of records: its records are not "
               "compared with it")
    assert _plain(data["inputs"]["parse_issues"]["notes"]) == [
        {"code": "bad-count", "export": "x.zip", "file": "twitter-2024/data/manifest.js", "message": message}]
    assert _kinds(data) == [("note", False)]  # no fault in reading: the count alone unread
    assert f"bad-count — {message}" in stderr
    assert "count-mismatch" not in stderr


def test_a_manifest_count_of_fifteen_digits_is_still_compared(tmp_path: Path) -> None:
    archive = _x_changed(tmp_path, "x", "/manifest.js",
                         lambda b: b.replace(b'"count": "3"', b'"count": "100000000000000"'))
    data, _stderr = _report([archive], tmp_path / "r.json")
    assert [n["message"] for n in data["inputs"]["parse_issues"]["notes"]] == [
        "data/like.js holds 3 records where data/manifest.js lists 100,000,000,000,000: it may be from another "
        "download of the account"]


@pytest.mark.parametrize(("body", "code", "said"), [
    (b"", "bad-shape", "the file holds no JSON value (it is empty)"),
    (b"   \n", "bad-shape", "the file holds no JSON value (it is empty)"),
    (b"window.__THAR_CONFIG = ", "bad-shape", "the file holds no JSON value (it is empty)"),
])
def test_an_empty_manifest_says_its_counts_were_not_compared(tmp_path: Path, body: bytes, code: str,
                                                             said: str) -> None:
    archive = _x_changed(tmp_path, "x", "/manifest.js", lambda _b: body)
    data, stderr = _report([archive], tmp_path / "r.json")
    assert _plain(data["inputs"]["parse_issues"]["notes"]) == [
        {"code": code, "export": "x.zip", "file": "twitter-2024/data/manifest.js", "message": f"{said}: {COUNTS}"}]
    assert _kinds(data) == [("stops", False)]
    assert f"{code} — {said}: {COUNTS}" in stderr


def test_two_flat_zips_count_mismatches_name_each_zip_on_stderr(tmp_path: Path) -> None:
    """Two downloads, each of two zips whose second holds like.js at its top: stderr named "like.js" for both."""
    _counted_x_archive(tmp_path / "first.zip", 2, 2, split=True)
    _counted_x_archive(tmp_path / "second.zip", 1, 2, split=True)
    zips = sorted(tmp_path.glob("*.zip"))
    data, stderr = _report(zips, tmp_path / "r.json")
    # ('like.js in first-b.zip' before INP59, T56A 10: the zip given is the chain's first link)
    assert ("first-b.zip → like.js: 1 × count-mismatch — like.js holds 2 records where data/manifest.js lists 3"
            in stderr)
    assert ("second-b.zip → like.js: 1 × count-mismatch — like.js holds 1 record where data/manifest.js lists 3"
            in stderr)
    assert sorted((n["export"], n["file"]) for n in data["inputs"]["parse_issues"]["notes"]) == [
        ("first-b.zip", "like.js"), ("second-b.zip", "like.js")]


# -- a number past 64 bits ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("field", ["timestamp_ms", "timestamp"])
@pytest.mark.parametrize("stamp", ["1" + "0" * 30, "9223372036854775808", "18446744073709551616"])
def test_a_message_time_past_64_bits_keeps_the_thread(tmp_path: Path, field: str, stamp: str) -> None:
    """Valid JSON that ijson's C backend cannot read ("integer overflow"): the thread was lost whole."""
    odd = {k: v for k, v in _message(1).items() if k != "timestamp_ms"} | {field: "STAMP"}
    body = json.dumps(_thread([_message(0), odd, _message(2)])).replace('"STAMP"', stamp).encode()
    fb = _facebook(tmp_path / "facebook-inesvarga.zip", {"odobrandt_2/message_1.json": body})
    events, stats = _read([fb])
    mine = sorted((e.text, e.time is None) for e in events if e.kind == "facebook.message"
                  and e.attrs.get("thread") == "odobrandt_2")
    assert mine == [("hallo 0", False), ("hallo 1", True), ("hallo 2", False)]
    assert [(i.code, i.member, i.position, i.message) for i in stats.issues] == [
        ("bad-record", INBOX + "odobrandt_2/message_1.json", "record 1",
         "message time is not a readable number; the message is kept undated")]
    assert not stats.notes
