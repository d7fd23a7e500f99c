"""Every case of the bad-input corpus (tests/badinputs.py) behaves as documented, end to end.

For each case the CLI must: exit with the documented code, print a one-line message naming the
file and what is wrong (no traceback), keep every event parsed before the fault, never print a
record's contents, and exit 4 under ``--strict`` when parse issues occurred.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import badinputs
import pytest
from badinputs import CASES, SECRET, Case
from typer.testing import CliRunner

from dataexam import archive as archive_module
from dataexam import cli, jsonstream
from dataexam.archive import ArchiveLimits, MemberCutOff, open_input
from dataexam.errors import ExitCode
from dataexam.parser import Parser
from dataexam.registry import load_registry
from helpers import REPO, as_nobody
from notes_parser import NotesParser

runner = CliRunner()


def _use_registry(monkeypatch: pytest.MonkeyPatch, which: str) -> None:
    if which == "notes":
        monkeypatch.setattr(cli, "_load_registry", lambda: load_registry(entry_points=False, extra=[NotesParser]))


def _deny_reads_of(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make one file unreadable even for root (tests run as root in CI, where chmod 000 does not stop reads)."""
    real = archive_module._file_opener

    def opener(path: Path, stamp: tuple[int, ...]):  # type: ignore[no-untyped-def]
        if path.name == name:
            def refuse():  # type: ignore[no-untyped-def]
                raise PermissionError(13, "Permission denied")
            return refuse
        return real(path, stamp)

    monkeypatch.setattr(archive_module, "_file_opener", opener)


def run(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *extra: str):  # type: ignore[no-untyped-def]
    _use_registry(monkeypatch, case.registry)
    if case.id == "unreadable-file":
        _deny_reads_of(monkeypatch, "b.json")
    paths = case.build(tmp_path)
    return runner.invoke(cli.app, [*case.options, "timeline", *map(str, paths), *extra])


@pytest.mark.parametrize("case", [c for c in CASES if not c.slow], ids=lambda c: c.id)
def test_corpus_case(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = run(case, tmp_path, monkeypatch)
    stderr = result.stderr
    assert result.exit_code == case.exit_code, stderr
    for words in case.stderr_has:
        assert words.casefold() in stderr.casefold(), f"{words!r} missing from stderr:\n{stderr}"
    for code in case.issue_codes:
        assert code in stderr
    assert "Traceback" not in stderr and SECRET not in stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    if case.events is not None:
        assert len(rows) == case.events, stderr
    if case.exit_code != 0:
        assert result.stdout == ""
        assert stderr.count("\n") == 1, "a fatal error is one line"
        assert stderr.startswith("dataexam: error:")


@pytest.mark.parametrize("case", [c for c in CASES if not c.slow and c.strict_exit is not None], ids=lambda c: c.id)
def test_corpus_case_strict(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = run(case, tmp_path, monkeypatch, "--strict")
    assert result.exit_code == case.strict_exit, result.stderr
    if case.events is not None:  # --strict still writes the whole output
        assert len(result.stdout.splitlines()) == case.events


@pytest.mark.parametrize("case", [c for c in CASES if not c.slow], ids=lambda c: c.id)
def test_corpus_case_never_leaks_in_any_mode(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _use_registry(monkeypatch, case.registry)
    paths = [str(p) for p in case.build(tmp_path)]
    for args in ([], ["--debug"]):
        for tail in ([], ["--strict"], ["-q"], ["-f", "csv"]):
            result = runner.invoke(cli.app, [*args, *case.options, "timeline", *paths, *tail])
            assert SECRET not in result.stderr
            if not args or case.exit_code == 0:  # data faults are issues, not crashes, even with --debug
                assert "Traceback" not in result.stderr
        scan = runner.invoke(cli.app, [*args, *case.options, "scan", *paths, "--json"])
        assert SECRET not in scan.stderr and SECRET not in scan.stdout


def test_issue_summary_counts_per_file_and_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _use_registry(monkeypatch, "notes")
    tree = badinputs.notes_tree(tmp_path / "e", {"a.json": badinputs.note_records(2), "b.json": b'{"x": 1}',
                                                 "c.json": b"[" * 1000})
    result = runner.invoke(cli.app, ["timeline", str(tree)])
    assert result.exit_code == 0
    assert "2 parse issue(s)" in result.stderr
    assert "notes/b.json (before the first record): 1 × bad-shape" in result.stderr
    assert "notes/c.json" in result.stderr and "too-deep" in result.stderr
    quiet = runner.invoke(cli.app, ["timeline", str(tree), "-q"])
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert runner.invoke(cli.app, ["timeline", str(tree), "-q", "--strict"]).exit_code == ExitCode.PARSE_ISSUES


# -- the archive layer on its own ---------------------------------------------------------------------

def test_truncated_zip_keeps_every_complete_member(tmp_path: Path) -> None:
    (z,) = badinputs._truncated_zip(tmp_path)
    with open_input(z) as arch:
        # notes/c.json, which the zip ends inside, is read up to the cut (T28B M1: it was dropped)
        assert arch.paths() == ["notes-export.txt", "notes/a.json", "notes/b.json", "notes/c.json"]
        assert [i.code for i in arch.issues] == ["truncated-zip"]
        assert arch.issues[0].message.endswith("3 complete file(s) were read, and notes/c.json as far as it goes: "
                                               "the zip ends inside it")
        with arch.get("notes/b.json").open() as fh:  # type: ignore[union-attr]
            assert json.load(fh)[1]["id"] == "11"
        with arch.get("notes/c.json").open() as fh:  # type: ignore[union-attr]
            assert fh.read()  # the bytes present first, then the fault
            with pytest.raises(MemberCutOff):
                fh.read()


def test_truncated_streamed_zip_with_data_descriptors_is_salvaged(tmp_path: Path) -> None:
    # Zips written to a pipe (as download servers do) put sizes in a descriptor after the data.
    class Pipe(io.RawIOBase):
        def __init__(self) -> None:
            self.buf = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, b) -> int:  # type: ignore[no-untyped-def]
            self.buf += b
            return len(b)

    pipe = Pipe()
    with zipfile.ZipFile(pipe, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(3):
            with zf.open(f"notes/n{i}.json", "w") as out:
                out.write(badinputs.note_records(5, 10 * i))
        with zf.open("notes/last.json", "w") as out:
            out.write(os.urandom(5000).hex().encode())
    data = bytes(pipe.buf)
    z = tmp_path / "streamed.zip"
    z.write_bytes(data[: data.index(b"notes/last.json") + 300])
    with open_input(z) as arch:
        # last.json, cut, is read up to the cut: its deflate stream inflated until the bytes run out (T28B M1)
        assert arch.paths() == ["notes/last.json", "notes/n0.json", "notes/n1.json", "notes/n2.json"]
        with arch.get("notes/n2.json").open() as fh:  # type: ignore[union-attr]
            assert [r["id"] for r in json.load(fh)] == ["20", "21", "22", "23", "24"]
        with arch.get("notes/last.json").open() as fh:  # type: ignore[union-attr]
            head = fh.read(100_000)
            assert 0 < len(head) < 10_000 and all(c in b"0123456789abcdef" for c in head)
            with pytest.raises(MemberCutOff):
                fh.read()


def test_salvaged_member_with_bad_crc_is_reported(tmp_path: Path) -> None:
    z = badinputs.write_zip(tmp_path / "x.zip", {"a.json": badinputs.note_records(3), "b.json": b"x" * 5000},
                            zipfile.ZIP_STORED)
    raw = bytearray(z.read_bytes())
    raw[60] ^= 0xFF  # inside a.json's data
    cut = raw.index(b"b.json") + 100
    z.write_bytes(bytes(raw[:cut]))
    with open_input(z) as arch:
        assert arch.paths() == ["a.json", "b.json"]  # b.json, cut, read up to the cut
        with arch.get("a.json").open() as fh:  # type: ignore[union-attr]
            assert len(fh.read()) == len(badinputs.note_records(3))  # every byte first, then the fault (T27A M1)
            with pytest.raises(zipfile.BadZipFile):
                fh.read()


def test_zip_bomb_limit_and_option(tmp_path: Path) -> None:
    (z,) = badinputs._zip_bomb(tmp_path)
    with open_input(z) as arch:
        assert "notes/bomb.json" not in arch.paths()
        assert any(i.code == "limit" and i.member == "notes/bomb.json" for i in arch.issues)
    with open_input(z, ArchiveLimits(max_ratio=10_000)) as arch:
        assert "notes/bomb.json" in arch.paths()
    with open_input(z, ArchiveLimits(max_member_bytes=1024, max_ratio=10_000)) as arch:
        assert "notes/bomb.json" not in arch.paths()
        assert any("--max-member-size" in i.message for i in arch.issues)


def test_nested_zip_option_admits_the_tower(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _use_registry(monkeypatch, "notes")
    (z,) = badinputs._nested_zip(tmp_path)
    result = runner.invoke(cli.app, ["--max-nesting", "9", "timeline", str(z)])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 3


def test_unsafe_names_are_cleaned(tmp_path: Path) -> None:
    (z,) = badinputs._unsafe_names(tmp_path)
    with open_input(z) as arch:
        paths = arch.paths()
    assert "notes/up.json" in paths and "abs/notes/abs.json" in paths and "win/notes/back.json" in paths
    assert all(not p.startswith("/") and ".." not in p.split("/") and "\\" not in p for p in paths)
    assert any(p.startswith("notes/caf") for p in paths)  # a non-UTF-8 name is read, not fatal


def test_unreadable_file_permission_bits() -> None:
    """The real permission check. Root reads anything, so as root the read runs in a forked child
    that first drops to the unprivileged uid/gid 65534 (nobody)."""
    import shutil
    import tempfile

    from dataexam.events import ParseIssue

    base = Path(tempfile.mkdtemp(prefix="dataexam-perm-"))  # not under pytest's root-only folder
    try:
        os.chmod(base, 0o755)
        (tree,) = badinputs._unreadable(base)
        registry = load_registry(entry_points=False, extra=[NotesParser])

        def outcome() -> list[str]:
            with open_input(tree) as arch:
                items = list(registry.create("notes").events(arch))
            return [f"issue:{i.member}:{i.message}" if isinstance(i, ParseIssue) else "event" for i in items]

        outcome()  # warm every import up before the unprivileged run
        got = as_nobody(outcome)
        assert got.count("event") == 2  # a.json's records are all kept
        assert [g for g in got if g != "event"] == ["issue:notes/b.json:file cannot be read (permission denied)"]
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_depth_limit_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _use_registry(monkeypatch, "notes")
    nested = json.dumps([{"id": "1", "text": "x", "extra": [[[[[[[[[[1]]]]]]]]]]}]).encode()
    tree = badinputs.notes_tree(tmp_path / "e", {"a.json": nested})
    low = runner.invoke(cli.app, ["--max-json-depth", "5", "timeline", str(tree)])
    assert low.exit_code == 0 and low.stdout == "" and "nested deeper than 5" in low.stderr
    ok = runner.invoke(cli.app, ["timeline", str(tree)])
    assert ok.exit_code == 0 and len(ok.stdout.splitlines()) == 1 and ok.stderr == ""


def test_limited_reader_is_exact_across_reads() -> None:
    """Strings and depth are measured exactly whatever the read size (escapes split across reads)."""
    class Trickle(io.RawIOBase):
        def __init__(self, data: bytes, step: int) -> None:
            self.data, self.pos, self.step = data, 0, step

        def readable(self) -> bool:
            return True

        def read(self, n: int = -1) -> bytes:  # type: ignore[override]
            if n == 0:
                return b""
            out = self.data[self.pos: self.pos + self.step]
            self.pos += len(out)
            return out

    value = ["[{\"", "a\\", 'q"' * 20, {"k[": ["}", {"x": "\\\\"}]}]
    data = json.dumps([value]).encode()
    for step in (1, 2, 3, 7, 64):
        reader = jsonstream.limited(Trickle(data, step), 200, 5)  # [[ {"k[": [ {"x": … ]]: depth 5
        assert list(jsonstream.iter_items(reader)) == [value]
        with pytest.raises(jsonstream.LimitExceeded):  # the 40-byte 'q"…' string (escaped: 60 bytes)
            list(jsonstream.iter_items(jsonstream.limited(Trickle(data, step), 50, 5)))
        with pytest.raises(jsonstream.LimitExceeded):
            list(jsonstream.iter_items(jsonstream.limited(Trickle(data, step), 200, 4)))


def test_parser_error_capture_for_limits(tmp_path: Path) -> None:
    """A handler reading raw ijson (not json_items) is protected by the same limits."""
    import ijson

    class RawParser(Parser):
        name = "raw"
        rules = NotesParser.rules

        def _parse_notes(self, f):  # type: ignore[no-untyped-def]
            for _ in ijson.items(f.open(), "item"):
                yield f.issue("seen", "one record")

    tree = badinputs.notes_tree(tmp_path / "e", {"a.json": b"[" * 5000})
    with open_input(tree) as arch:
        items = list(RawParser(ArchiveLimits(max_json_depth=64)).events(arch))
    assert [i.code for i in items] == ["too-deep"]


# -- the 100 MB string: refused by the limit, in bounded memory ------------------------------------

@pytest.mark.slow
def test_huge_string_refused_in_bounded_memory(tmp_path: Path) -> None:
    """A single 100 MB JSON string is refused by the default string limit; peak memory is measured
    in a subprocess (its own VmHWM) and must stay far below the file's size plus ijson's own copies."""
    (tree,) = badinputs._huge_string(tmp_path)
    script = (
        "import json, resource, sys\n"
        "from dataexam import api\n"
        "from dataexam.registry import load_registry\n"
        "sys.path.insert(0, sys.argv[2])\n"
        "from notes_parser import NotesParser\n"
        "stats = api.RunStats()\n"
        "reg = load_registry(entry_points=False, extra=[NotesParser])\n"
        "n = sum(1 for _ in api.timeline(sys.argv[1], registry=reg, stats=stats))\n"
        # VmHWM is this process's own peak; ru_maxrss can carry the parent's peak across exec on Linux
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')]\n"
        "peak = int(hwm[0].split()[1]) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(json.dumps({'events': n, 'codes': [i.code for i in stats.issues],\n"
        "                  'messages': [i.message for i in stats.issues],\n"
        "                  'maxrss_kib': peak}))\n"
    )
    out = subprocess.run([sys.executable, "-c", script, str(tree), str(REPO / "tests")], capture_output=True,
                         text=True, timeout=120, check=True)
    result = json.loads(out.stdout)
    assert result["events"] == 2
    assert result["codes"] == ["limit"] and "8388608-byte limit" in result["messages"][0]
    # the string alone would be 100_000 KiB (twice that once ijson copies it); the limit stops at 8 MiB
    assert result["maxrss_kib"] < 120_000, result["maxrss_kib"]


@pytest.mark.slow
def test_huge_string_cli_case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = next(c for c in CASES if c.id == "huge-string")
    result = run(case, tmp_path, monkeypatch)
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2
    assert "longer than" in result.stderr and "--max-string-size" in result.stderr


# -- the README documents every limit and its option -------------------------------------------------

def test_readme_documents_limits_and_options() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Archive limits", 1)[1].split("\n## ", 1)[0]
    for option in ("--max-member-size", "--max-ratio", "--max-nesting", "--max-string-size", "--max-json-depth"):
        assert option in section
    help_text = runner.invoke(cli.app, ["--help"]).stdout
    assert "--max-string-size" in help_text and "--max-json-depth" in help_text


# -- a whole number longer than Python reads as an int --------------------------------------------------
# ijson's C backend (3.6, yajl2_c) builds a JSON integer with PyLong_FromString; past Python's limit
# (sys.get_int_max_str_digits, 4,300 digits) the process ended with a segmentation fault — no output,
# no issue, even under --jobs (found by a fresh tester). The limit checker refuses such a number first.

_HUGE = "9" * 5000


def _plant(tree: Path, member: str, after: str, text: str) -> None:
    path = tree / member
    data = path.read_text(encoding="utf-8")
    i = data.index(after) + len(after)
    path.write_text(data[:i] + text + data[i:], encoding="utf-8")


@pytest.mark.parametrize(("source", "member", "after", "planted"), [
    ("twitter/current", "data/like.js", "[", f" {_HUGE},"),  # a record that is the number
    ("twitter/current", "data/tweets.js", "[", f' {{"x": -{_HUGE}}},'),  # inside a record
    ("twitter/current", "data/manifest.js", "{", f' "z": {_HUGE},'),  # the set-up read of the account id
    ("facebook/2023", "your_activity_across_facebook/messages/inbox/hakonbrakke_abc123/message_1.json", "{",
     f' "z": {_HUGE},'),  # Messenger's header pass reads without floats
])
def test_a_number_past_pythons_int_limit_is_an_issue_not_a_crash(tmp_path: Path, source: str, member: str,
                                                                  after: str, planted: str) -> None:
    tree = tmp_path / "export"
    import shutil

    shutil.copytree(REPO / "fixtures" / source / "archive", tree)
    _plant(tree, member, after, planted)
    for jobs in ("1", "2"):
        proc = subprocess.run([sys.executable, "-m", "dataexam", "timeline", str(tree), "-j", jobs, "--strict"],
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == ExitCode.PARSE_ISSUES, (proc.returncode, proc.stderr[-500:])
        assert member in proc.stderr and "limit" in proc.stderr and "digits in a row" in proc.stderr
        assert proc.stdout.count("\n") > 10  # every other file is read


def test_the_kept_records_are_claimed_only_where_a_fault_had_records_before_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # T39 L2: a binary tweets.js ("… found no JSON value; nothing was read") was headed "records before each fault
    # were kept"; a file cut after two records keeps them and says so
    _use_registry(monkeypatch, "notes")
    unread = badinputs.notes_tree(tmp_path / "u", {"b.json": b"\x00\x01\x02binary"})
    result = runner.invoke(cli.app, ["timeline", str(unread)])
    assert result.exit_code == 0
    assert "1 parse issue(s):" in result.stderr and "records before each fault were kept" not in result.stderr
    assert "before the first record" in result.stderr
    cut = badinputs.notes_tree(tmp_path / "c", {"a.json": badinputs.note_records(2)[:-40]})
    result = runner.invoke(cli.app, ["timeline", str(cut)])
    assert "parse issue(s); records before each fault were kept:" in result.stderr, result.stderr


def test_the_position_counts_the_records_kept_and_a_mixed_header_says_how_many_faults_kept_none(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # T39B: a file cut after its first record said "(after record 0)" (the last record's 0-based index), read as
    # "nothing kept"; with one binary file beside one cut file the header claimed records were kept above "nothing
    # was read". Now the position counts the records kept, and the header says how many faults kept none.
    _use_registry(monkeypatch, "notes")
    one = badinputs.note_records(2)
    cut = badinputs.notes_tree(tmp_path / "c", {"a.json": one[:one.index(b"}, {") + 4]})
    result = runner.invoke(cli.app, ["timeline", str(cut)])
    assert result.exit_code == 0 and result.stdout.count("\n") == 1
    assert "a.json (after 1 record): 1 × bad-json" in result.stderr, result.stderr
    assert "after record" not in result.stderr
    mixed = badinputs.notes_tree(tmp_path / "m", {"a.json": badinputs.note_records(3)[:-40],
                                                  "b.json": b"\x00\x01\x02binary"})
    result = runner.invoke(cli.app, ["timeline", str(mixed)])
    assert ("2 parse issue(s); records before each fault were kept (1 of the faults came before any record of "
            "their file):") in result.stderr, result.stderr
    assert "a.json (after 2 records)" in result.stderr and "b.json (before the first record)" in result.stderr


@pytest.mark.parametrize(("data", "found"), [
    (b"nope, not JSON", "found no JSON value"),  # T40: random bytes beginning with an "n" said "found null"
    (b"n\x95\xd8\x16p\xf6", "found no JSON value"),
    (b"null", "found null"),
    (b"true", "found a boolean"),
    (b"fals", "found no JSON value"),
    (b"-12", "found a number"),
])
def test_a_top_level_literal_is_named_only_where_its_whole_word_stands(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes, found: str) -> None:
    _use_registry(monkeypatch, "notes")
    tree = badinputs.notes_tree(tmp_path / "t", {"a.json": data})
    result = runner.invoke(cli.app, ["timeline", str(tree)])
    assert result.exit_code == 0
    assert f"expected an array at the top level, {found}; nothing was read" in result.stderr, result.stderr


def test_a_file_cut_before_its_first_record_does_not_say_records_were_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # T40: "JSON ends early (file truncated?); records before this point were kept" where none was
    _use_registry(monkeypatch, "notes")
    tree = badinputs.notes_tree(tmp_path / "t", {"a.json": badinputs.note_records(2)[:20]})
    result = runner.invoke(cli.app, ["timeline", str(tree)])
    assert result.exit_code == 0 and result.stdout == ""
    assert ("a.json (before the first record): 1 × bad-json — JSON ends early (file truncated?), before its first "
            "record; nothing was read") in result.stderr, result.stderr
    assert "records before this point were kept" not in result.stderr
