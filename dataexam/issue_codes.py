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

A few issues are of another kind than their code's: each is given its kind where it is made (``ParseIssue(kind=…)``),
as is whether nothing of its file was read (``nothing_read``): a fault that stopped a file's reading
(``dataexam.parser``: "after 4 records", a ``STOPS`` whatever its code), an Amazon CSV's rest skipped (``bad-csv``)
or its bytes read as Windows-1252 (``bad-encoding``, read on), a cut zip's ``missing-part`` (files not read), Amazon's
row cap (``limit``, the file read to its end), a cut zip's ``truncated-zip`` by where it was cut
(``dataexam/archive.py``). The header reads those fields (INP49: it matched our own words in the messages).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .events import ParseIssue

__all__ = ["CP1252_READ", "CUT_ZIP_PART", "ISSUE_KINDS", "NOTHING_READ", "NOT_READ_CODES", "REST_SKIPPED",
           "IssueKind", "code_kind", "default_nothing_read", "issue_kind", "nothing_read", "tally"]


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
    # a photo or video no parser reads, found damaged (INP59): its copy is broken, no record is lost
    "damaged-media": _N,
    # a file's own header in a zip damaged, the file read by the zip's directory, which its data matches (INP61)
    "damaged-header": _N,
}

#: a ``missing-part`` issue of an X zip cut short (``parsers/twitter.py``): the files it lists may be in the zip's lost
#: end — files not read, a fault (T46C: counted "no fault in reading")
CUT_ZIP_PART = "the zip was cut short"
#: an Amazon CSV whose malformed rows were too many (``bad-csv``): the rest of the file was not read
REST_SKIPPED = "the rest of the file was skipped"
#: an Amazon CSV's bytes that are not UTF-8 (``bad-encoding``), read as Windows-1252 and the file read on
CP1252_READ = "were read as cp1252"

#: the codes of a file skipped whole, none of it read: encrypted or compressed with a method not read (a member, or
#: every file of a zip; ``dataexam/archive.py``), a file no parser rule reads (``unhandled-file``: "its records were
#: not read") and a Facebook download's data pages in HTML (``html-data-file``: "are not read"). INP51: those two said
#: "not read" with ``nothing_read`` false in the JSON, and the header's "came before any record of their file" did not
#: count them. archive.py's skips of a file over the size or nesting limits (``limit``) and a folder gone or not
#: listable (``vanished``, ``unreadable``: "its files were not read") say so where they are made; the same codes met
#: reading a file kept the records before the fault (``dataexam.parser``: "after 4 records")
NOT_READ_CODES = frozenset({"encrypted-zip", "encrypted-member", "unsupported-compression", "unhandled-file",
                            "html-data-file"})
#: :func:`tally`'s key of the faults of which nothing was read
NOTHING_READ = "nothing-read"


def code_kind(code: str) -> IssueKind:
    """The kind of an issue of ``code`` unless it is made with another: :data:`ISSUE_KINDS`'s (a code not there is a
    fault, ``STOPS``)."""
    return ISSUE_KINDS.get(code, IssueKind.STOPS)


def default_nothing_read(code: str) -> bool:
    """Whether nothing of the file of an issue of ``code`` was read unless it is made saying otherwise: a file skipped
    whole (:data:`NOT_READ_CODES`)."""
    return code in NOT_READ_CODES


def issue_kind(issue: ParseIssue) -> IssueKind:
    """The kind of ``issue``, as it was made (``ParseIssue.kind``)."""
    return issue.kind if issue.kind is not None else code_kind(issue.code)


def nothing_read(issue: ParseIssue) -> bool:
    """Whether nothing of the file of ``issue`` was read, as it was made (``ParseIssue.nothing_read``)."""
    return bool(issue.nothing_read)


def tally(issues: Iterable[ParseIssue]) -> Counter[str]:
    """``issues`` counted by kind: :class:`IssueKind` value → n, and :data:`NOTHING_READ` → the ``STOPS`` of them of
    which nothing was read (:func:`nothing_read`). A run counts each issue as it is raised (``RunStats.issue_kinds``),
    past the issues it keeps (INP48: the header counted the kept 1,000 of 1,200 only). A zip cut inside a file's data
    is one issue, whose ``nothing_read`` says whether any of that file's records came before the cut (INP51: INP50
    counted the file's own second line apart, ``same_fault``)."""
    counts: Counter[str] = Counter()
    for issue in issues:
        kind = issue_kind(issue)
        counts[kind.value] += 1
        if kind is IssueKind.STOPS and nothing_read(issue):
            counts[NOTHING_READ] += 1
    return counts
