"""One table of every parse issue code and its kind (dataexam.issue_codes, T46C).

The CLI's stderr header counted issues by two sets of codes of its own; a code in neither was a fault. Every code the
parsers and dataexam give is now in one table with its kind, read here from the source itself: a new code without a
kind fails this test. Then the kinds as the header says them: a cut zip's missing-part is a fault (files not read),
a part not given is a note, an Amazon CSV's ragged row is a single record's. Synthetic data only."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

import dataexam
import parsers
from dataexam import jsonstream
from dataexam.events import ParseIssue
from dataexam.issue_codes import ISSUE_KINDS, KIND_BY_WORDS, NOTHING_READ, IssueKind, issue_kind, nothing_read, tally
from dataexam.parser import issue_code

SOURCES = sorted([*Path(dataexam.__file__).parent.rglob("*.py"), *Path(parsers.__file__).parent.rglob("*.py")])


def _texts(node: ast.AST | None) -> set[str]:
    """The string constants an expression may be: ``"a"``, ``"a" if x else "b"``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _texts(node.body) | _texts(node.orelse)
    return set()


def _emitted() -> set[str]:
    """Every issue code written in the source: ``ParseIssue(code=…)``, ``ctx.issue("…", …)`` / ``f.issue(…)``,
    ``CsvProblem("…", …)``, ``LimitExceeded(…, "…")`` (and its default), and what ``issue_code`` returns."""
    codes: set[str] = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name == "ParseIssue":
                codes |= {t for k in node.keywords if k.arg == "code" for t in _texts(k.value)}
            elif name in ("issue", "CsvProblem") and node.args:
                codes |= _texts(node.args[0])
            elif name == "LimitExceeded" and len(node.args) > 1:
                codes |= _texts(node.args[1])
    codes.add(inspect.signature(jsonstream.LimitExceeded).parameters["code"].default)
    returns = ast.parse(inspect.getsource(issue_code))
    codes |= {t for node in ast.walk(returns) if isinstance(node, ast.Return) for t in _texts(node.value)}
    return codes


def test_every_code_given_has_a_kind() -> None:
    emitted = _emitted()
    assert len(emitted) >= 35  # the reading above finds the codes at all
    assert {"bad-record", "truncated-zip", "missing-part", "ragged-row", "changed", "too-deep", "limit"} <= emitted
    assert sorted(emitted - set(ISSUE_KINDS)) == []  # a code without a kind
    assert sorted(set(ISSUE_KINDS) - emitted) == []  # a kind of a code no one gives


def test_the_words_of_another_kind_are_of_codes_in_the_table() -> None:
    assert set(KIND_BY_WORDS) <= set(ISSUE_KINDS)
    assert all(kind is not ISSUE_KINDS[code] for code, said in KIND_BY_WORDS.items() for _w, kind in said)


def _issue(code: str, message: str = "m", position: str | None = None) -> ParseIssue:
    return ParseIssue(archive="x.zip", member="data/like.js", code=code, message=message, position=position)


@pytest.mark.parametrize(("issue", "kind"), [
    (_issue("bad-record", position="record 3"), IssueKind.READ_ON),
    (_issue("bad-record", "record has an unexpected shape (ValueError)", "after 4 records"), IssueKind.STOPS),
    (_issue("bad-record", position="before the first record"), IssueKind.STOPS),
    (_issue("bad-date", position="field registration_timestamp"), IssueKind.READ_ON),
    (_issue("bad-csv", "malformed CSV (x); row skipped", "line 4"), IssueKind.READ_ON),
    (_issue("bad-csv", "too many malformed rows; the rest of the file was skipped", "line 90"), IssueKind.STOPS),
    (_issue("bad-encoding", "some bytes are not valid UTF-8 and were read as cp1252", "line 2"), IssueKind.READ_ON),
    (_issue("bad-encoding", "invalid utf-8 text at byte 4", "after 2 records"), IssueKind.STOPS),
    (_issue("missing-part", "… are not read (X delivers a large archive in several zips: give every part)"),
     IssueKind.NOTE),
    (_issue("missing-part", "… are not read (the zip was cut short, see its truncated-zip issue: …)"), IssueKind.STOPS),
    (_issue("ragged-row", position="line 3"), IssueKind.READ_ON),
    (_issue("count-mismatch"), IssueKind.NOTE),
    (_issue("truncated-zip"), IssueKind.STOPS),
    (_issue("a-code-of-tomorrow"), IssueKind.STOPS),
])
def test_an_issue_s_kind(issue: ParseIssue, kind: IssueKind) -> None:
    assert issue_kind(issue) is kind


_CUT = ("the zip file is incomplete or its directory is damaged (was the download interrupted?); 5 complete file(s) "
        "were read")


@pytest.mark.parametrize(("issue", "unread"), [
    # INP48: a cut zip's truncated-zip whose cut file was not read at all, as its own words say
    (_issue("truncated-zip", f"{_CUT}, the zip ends inside the header of the file after data/like.js; nothing of that "
                             "file was read"), True),
    (_issue("truncated-zip", f"{_CUT}, data/following.js is cut off before any of its data could be read"), True),
    # the cut file read as far as it goes (its records before the cut kept), or no file named: records were kept
    (_issue("truncated-zip", f"{_CUT}, and data/following.js as far as it goes: the zip ends inside it"), False),
    (_issue("truncated-zip", f"{_CUT}, the rest of the file is missing or unreadable"), False),
    # files skipped whole: encrypted, a compression not read, over a limit
    (_issue("encrypted-member", "file is encrypted (password-protected) and was not read"), True),
    (_issue("unsupported-compression", "file is compressed with a method dataexam cannot read"), True),
    (_issue("encrypted-zip", "the zip is password-protected (encrypted)"), True),
    (_issue("limit", "zip nested deeper than 3 levels; skipped"), True),
    # T47C H2: a file's reading stopped at a limit after records (a number of 4,300 digits), Amazon's row cap (a
    # row's): records were kept
    (_issue("limit", "a number longer than 4,300 digits", position="after 6 records"), False),
    (_issue("limit", "more than 50,000 rows: an order's rows are joined within each 50,000 rows only",
            position="row 50001"), False),
    (_issue("bad-json", position="before the first record"), True),
    (_issue("bad-json", position="after 4 records"), False),
    (_issue("missing-part", "… are not read (the zip was cut short, see its truncated-zip issue: …)"), True),
])
def test_whether_nothing_of_a_fault_s_file_was_read(issue: ParseIssue, unread: bool) -> None:
    assert nothing_read(issue) is unread
    assert tally([issue]) == ({IssueKind.STOPS.value: 1, NOTHING_READ: 1} if unread else {IssueKind.STOPS.value: 1})


def test_a_tally_counts_every_kind() -> None:
    issues = [_issue("bad-record", position="record 3")] * 3 + [_issue("count-mismatch"),
                                                               _issue("bad-json", position="after 4 records")]
    assert tally(issues) == {"read-on": 3, "note": 1, "stops": 1}
