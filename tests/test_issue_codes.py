"""One table of every parse issue code and its kind (dataexam.issue_codes, T46C).

The CLI's stderr header counted issues by two sets of codes of its own; a code in neither was a fault. Every code the
parsers and dataexam give is now in one table with its kind, read here from the source itself: a new code without a
kind fails this test. Then the kinds as the header says them: a cut zip's missing-part is a fault (files not read),
a part not given is a note, an Amazon CSV's ragged row is a single record's.

INP49: an issue's kind and whether nothing of its file was read are set where it is made (``ParseIssue.kind``,
``ParseIssue.nothing_read``), by default its code's; the header read them from our own words in the messages
(``KIND_BY_WORDS``, ``NOT_READ_WORDS``) and positions. Synthetic data only."""

from __future__ import annotations

import ast
import inspect
import io
import pickle
from pathlib import Path

import pytest

import dataexam
import dataexam_parsers as parsers
from dataexam import jsonstream
from dataexam.csvstream import SNIFF_BYTES, CsvProblem, CsvReader
from dataexam.events import ParseIssue
from dataexam.issue_codes import ISSUE_KINDS, NOT_READ_CODES, NOTHING_READ, IssueKind, tally
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


@pytest.mark.parametrize("code", [*ISSUE_KINDS, "a-code-of-tomorrow"])
def test_every_parse_issue_built_has_a_kind(code: str) -> None:
    """Made without a kind, an issue has its code's (a code not in the table is a fault); made with one, it keeps
    it, also through a worker process's pickle (--jobs)."""
    issue = ParseIssue(archive="x.zip", member="data/like.js", code=code, message="m")
    assert isinstance(issue.kind, IssueKind) and issue.kind is ISSUE_KINDS.get(code, IssueKind.STOPS)
    assert issue.nothing_read is (code in NOT_READ_CODES)
    for kind in IssueKind:
        made = ParseIssue(archive="x.zip", member="", code=code, message="m", kind=kind, nothing_read=True)
        back = pickle.loads(pickle.dumps(made))
        assert (back.kind, back.nothing_read) == (kind, True) and back == made


def _kinds_given() -> list[tuple[str, int]]:
    """Every ``kind=`` given where an issue is made (``ParseIssue(…, kind=…)``, ``ctx.issue(…, kind=…)``,
    ``CsvProblem(…, IssueKind.…)``): its file and line."""
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and any(k.arg == "kind" for k in node.keywords):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in ("ParseIssue", "issue"):
                    found.append((path.name, node.lineno))
    return found


def test_the_issues_of_another_kind_than_their_code_s_are_made_so() -> None:
    """The few makers whose issues are of another kind than their code's say so where they make them: the parser's
    fault that ended a file, Amazon's row cap, a cut zip's truncated-zip and missing-part, and the CSV reader's."""
    files = {name for name, _line in _kinds_given()}
    assert {"parser.py", "archive.py", "amazon.py", "twitter.py", "csvstream.py"} <= files


@pytest.mark.parametrize("stray", [b"Caf\xe9", b"\x93quoted\x94", b"na\xefve"])
def test_a_csv_s_stray_bytes_read_as_cp1252_are_read_on(stray: bytes) -> None:
    """Stray non-UTF-8 bytes past the sniff window, read as Windows-1252: the file read on (a bad-encoding met
    reading JSON stops that file: the code's own kind)."""
    filler = b"".join(b"%d,plain ascii row\r\n" % i for i in range(SNIFF_BYTES // 16))
    data = b"N,Text\r\n" + filler + b"99," + stray + b"\r\n100,after\r\n"
    (problem,) = [p for p in CsvReader(io.BytesIO(data)) if isinstance(p, CsvProblem)]
    assert (problem.code, problem.kind) == ("bad-encoding", IssueKind.READ_ON)
    assert ISSUE_KINDS["bad-encoding"] is IssueKind.STOPS


def _issue(code: str, message: str = "m", position: str | None = None, **made: object) -> ParseIssue:
    return ParseIssue(archive="x.zip", member="data/like.js", code=code, message=message, position=position,
                      **made)  # type: ignore[arg-type]


def test_a_tally_counts_every_kind() -> None:
    issues = [_issue("bad-record", position="record 3")] * 3 + [_issue("count-mismatch"),
                                                               _issue("bad-json", position="after 4 records")]
    assert tally(issues) == {"read-on": 3, "note": 1, "stops": 1}


def test_a_tally_reads_the_issues_fields_not_their_words() -> None:
    """An issue is counted as it was made: a bad-record that ended its file before any record (the parser's), a
    truncated-zip of a zip whose directory alone is cut (every file read whole), Amazon's row cap (read to its
    end)."""
    assert tally([_issue("bad-record", position="before the first record", kind=IssueKind.STOPS,
                         nothing_read=True)]) == {"stops": 1, NOTHING_READ: 1}
    assert tally([_issue("truncated-zip", "… the rest of the file is missing or unreadable", kind=IssueKind.NOTE,
                         nothing_read=False)]) == {"note": 1}
    assert tally([_issue("limit", "more than 50,000 rows", "row 50001", kind=IssueKind.NOTE)]) == {"note": 1}
    assert tally([_issue("limit", "zip nested deeper than 3 levels; skipped", nothing_read=True)]) == \
        {"stops": 1, NOTHING_READ: 1}
    assert tally([_issue("limit", "a number longer than 4,300 digits", "after 6 records",
                         kind=IssueKind.STOPS, nothing_read=False)]) == {"stops": 1}
