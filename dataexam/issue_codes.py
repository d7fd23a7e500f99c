"""Every parse issue code and its kind: what the issue says of the reading of its file.

A :class:`~dataexam.events.ParseIssue`'s ``code`` is one of :data:`ISSUE_KINDS`; its kind tells whether the file was
read to its end. The CLI's stderr header counts the issues by kind ("3 parse issue(s); records before each fault were
kept, and 1 of the issues is no fault in reading …"): it kept two sets of codes of its own (T45, T46 M1), and a code
missing from both was a fault by default — a cut zip's ``missing-part`` was counted "no fault in reading" though its
own line said the zip was cut short, and an Amazon CSV's ragged row, read on past, was a fault (T46C).

Three kinds (:class:`IssueKind`):

* ``STOPS`` — the reading of the file stopped at it (the records after it lost), or a file, zip or export was not read
  at all (damaged, encrypted, cut, gone, a part not given);
* ``READ_ON`` — a single record's: the file was read on past it (a time not understood and the record kept undated, a
  row skipped, an escape repaired);
* ``NOTE`` — no fault in reading: every record of the files given was read, and the note says what they mean (X's
  manifest lists another count, or none; a part of the download not given; whose download it is).

A few codes are of another kind in some of their issues: :func:`issue_kind` says which, from the issue's own position
(where a file's reading stopped: :func:`stopped_at`) or words (:data:`KIND_BY_WORDS`, our own fixed words).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from enum import StrEnum

from .events import ParseIssue

__all__ = ["CP1252_READ", "CUT_ZIP_PART", "ISSUE_KINDS", "KIND_BY_WORDS", "NOTHING_READ", "NOT_READ_CODES",
           "NOT_READ_WORDS", "REST_SKIPPED", "IssueKind", "issue_kind", "nothing_read", "stopped_at", "tally"]


class IssueKind(StrEnum):
    """What an issue says of the reading of its file (see the module's docstring)."""

    STOPS = "stops"
    READ_ON = "read-on"
    NOTE = "note"


_S, _R, _N = IssueKind.STOPS, IssueKind.READ_ON, IssueKind.NOTE

#: every issue code the parsers and dataexam give → its kind (tests/test_issue_codes.py checks that none is missing)
ISSUE_KINDS: Mapping[str, IssueKind] = {
    # a file whose reading stopped at the fault (the records before it kept) or that was not read at all
    "bad-json": _S, "bad-encoding": _S, "bad-shape": _S, "too-large": _S, "too-deep": _S, "limit": _S,
    "corrupt-member": _S, "unreadable": _S, "vanished": _S, "changed": _S, "parser-error": _S,
    "unhandled-file": _S, "html-data-file": _S, "empty-file": _S,
    # a zip, or a file in it, not read (or not all of it)
    "corrupt-zip": _S, "truncated-zip": _S, "encrypted-zip": _S, "encrypted-member": _S,
    "unsupported-compression": _S, "unsafe-name": _S,
    # a single record's, the file read on past it (an Amazon CSV's odd row, NUL bytes, an over-long line; the count
    # of a CSV's further problems, each of them a row's)
    "bad-record": _R, "bad-date": _R, "ambiguous-date": _R, "bad-escape": _R, "bad-csv": _R, "ragged-row": _R,
    "nul-byte": _R, "line-too-long": _R, "more-problems": _R,
    # no fault in reading: every record of the files given was read (an Amazon CSV without a column is read whole,
    # its rows without that column)
    "count-mismatch": _N, "bad-count": _N, "missing-part": _N, "owner-unknown": _N, "handles-differ": _N,
    "two-customers": _N, "missing-column": _N,
}

#: a ``missing-part`` issue of an X zip cut short (``parsers/twitter.py``): the files it lists may be in the zip's lost
#: end — files not read, a fault (T46C: counted "no fault in reading")
CUT_ZIP_PART = "the zip was cut short"
#: an Amazon CSV whose malformed rows were too many (``bad-csv``): the rest of the file was not read
REST_SKIPPED = "the rest of the file was skipped"
#: an Amazon CSV's bytes that are not UTF-8 (``bad-encoding``), read as Windows-1252 and the file read on
CP1252_READ = "were read as cp1252"

#: code → (words of its message, the kind of an issue that says them): the issues of a code that are of another kind
KIND_BY_WORDS: Mapping[str, tuple[tuple[str, IssueKind], ...]] = {
    "missing-part": ((CUT_ZIP_PART, _S),),
    "bad-csv": ((REST_SKIPPED, _S),),
    "bad-encoding": ((CP1252_READ, _R),),
}


#: the codes of a file skipped whole, none of it read: encrypted or compressed with a method not read (a member, or
#: every file of a zip), over the size or nesting limits (``dataexam/archive.py``; a ``limit`` with a position is a
#: file's reading stopped after records: :func:`nothing_read`)
NOT_READ_CODES = frozenset({"encrypted-zip", "encrypted-member", "unsupported-compression", "limit"})
#: a ``truncated-zip`` issue's words where the zip ends before any data of its cut file (``dataexam/archive.py``):
#: nothing of that file was read (INP48: "(1 of the faults came before any record of their file)" for a cut X zip
#: whose truncated-zip line said "nothing of that file was read" — only its missing-part was counted)
NOT_READ_WORDS = ("nothing of that file was read", "before any of its data could be read")
#: :func:`tally`'s key of the faults of which nothing was read
NOTHING_READ = "nothing-read"


def stopped_at(position: str | None) -> bool:
    """Whether an issue's position is where its file's reading stopped: "after 4 records", "before the first record"
    (``dataexam.parser._position``, given to a fault that ended the file only — a handler's ``ValueError`` is a
    ``bad-record`` there, not a record's)."""
    return bool(position) and (position.startswith("after ") or position == "before the first record")


def issue_kind(issue: ParseIssue) -> IssueKind:
    """The kind of ``issue``: its code's (:data:`ISSUE_KINDS`; a code not there is a fault, ``STOPS``), unless its
    words say another (:data:`KIND_BY_WORDS`) or its position is where its file's reading stopped (:func:`stopped_at`:
    ``STOPS``)."""
    for words, kind in KIND_BY_WORDS.get(issue.code, ()):
        if words in issue.message:
            return kind
    kind = ISSUE_KINDS.get(issue.code, IssueKind.STOPS)
    return IssueKind.STOPS if kind is not IssueKind.STOPS and stopped_at(issue.position) else kind


def nothing_read(issue: ParseIssue) -> bool:
    """Whether nothing of the file of a ``STOPS`` issue was read: the fault came before its first record, the files
    are a part not given (a cut zip's ``missing-part``), the file was skipped whole (:data:`NOT_READ_CODES`), or a
    cut zip ended before any data of its cut file (:data:`NOT_READ_WORDS`)."""
    if issue.code == "truncated-zip":
        return any(words in issue.message for words in NOT_READ_WORDS)
    if issue.code == "limit":
        # archive.py's skips (a member or a nested zip over a limit) carry no position; a file whose reading
        # stopped at a limit ("after 6 records": a number of 4,300 digits, a string over --max-string-size) or
        # Amazon's row cap (a row's) kept records (T47C H2: "(1 of the faults came before any record of their file)")
        return not issue.position
    return issue.position == "before the first record" or issue.code == "missing-part" or issue.code in NOT_READ_CODES


def tally(issues: Iterable[ParseIssue]) -> Counter[str]:
    """``issues`` counted by kind: :class:`IssueKind` value → n, and :data:`NOTHING_READ` → the ``STOPS`` of them of
    which nothing was read (:func:`nothing_read`). A run counts each issue as it is raised (``RunStats.issue_kinds``),
    past the issues it keeps (INP48: the header counted the kept 1,000 of 1,200 only)."""
    counts: Counter[str] = Counter()
    for issue in issues:
        kind = issue_kind(issue)
        counts[kind.value] += 1
        if kind is IssueKind.STOPS and nothing_read(issue):
            counts[NOTHING_READ] += 1
    return counts
