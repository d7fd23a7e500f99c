"""Input notes: the parse issues a report says in words, not only counts (``inputs.parse_issues.notes``).

An input note is an issue of a whole file or export that changes what its records mean — a part of the download not
given, a file holding another number of records than its archive's manifest lists (another download's), a zip cut
short, a download naming no account, two customers' orders, a handle that differs between downloads, a file whose
reading stopped at a fault or that could not be read at all. T42B L: the count-mismatch sentence reached stderr alone
and the report said "count-mismatch (2)".

One table (:data:`NOTE_CODES`) says, per code, whether its wording names a file of the person's and what a redacted
report says instead; the run keeps at most :data:`MAX_INPUT_NOTES_PER_EXPORT` notes of one export and
:data:`MAX_INPUT_NOTES` in all, and counts the rest per export (T43B M1: a Facebook zip's 25 broken threads filled the
notes and a second export's cut file was in none, with nothing saying notes were left out).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .jsonstream import NOT_UTF8, wide_text

__all__ = ["ENCODING_HINTS", "INPUT_NOTE_CODES", "MAX_INPUT_NOTES", "MAX_INPUT_NOTES_PER_EXPORT", "NAMELESS_NOTES",
           "NOTE_CODES", "REDACTED_NOTES", "NoteCode", "redacted_message"]


@dataclass(frozen=True, slots=True)
class NoteCode:
    """One issue code said as an input note.

    ``nameless``: its wording names no file of the person's (X's data files as its manifest names them, a download's
    part numbers, the platform's name), so ``--redact`` keeps it; ``redacted``: else the wording a redacted report
    gives (what the message says, without the file it names)."""

    nameless: bool = False
    redacted: str | None = None


#: code → how it is said. T43 H1: a truncated-zip note named a Messenger thread's folder
#: ("messages/inbox/<friend's name>_<id>/message_1.json") in every redacted format; a two-customers note names the
#: other download's file
NOTE_CODES: Mapping[str, NoteCode] = {
    "missing-part": NoteCode(nameless=True),
    "count-mismatch": NoteCode(nameless=True),
    # a count X's manifest lists that is no number of records ("abc", null, 10^23): that file is not compared (T44B)
    "bad-count": NoteCode(nameless=True),
    "owner-unknown": NoteCode(nameless=True),
    "handles-differ": NoteCode(nameless=True),
    "truncated-zip": NoteCode(redacted="a zip file is incomplete or its directory is damaged (was the download "
                                       "interrupted?): the files after the cut were not read"),
    "two-customers": NoteCode(redacted="two downloads of this source share no order of the months both cover: they "
                                       "are probably two customers' downloads, read here as one 'you'"),
    # a file whose reading stopped at a fault: the records after it are lost (T43 M: an X archive's like.js cut
    # after 223 of 445 likes was only counted, "bad-json (1)")
    "bad-json": NoteCode(redacted="a file's JSON is cut short or damaged: the records after the fault were not read"),
    "bad-encoding": NoteCode(redacted="a file's text is not in its encoding: the records after the fault were not "
                                      "read"),
    "too-large": NoteCode(redacted="a file was too large to read: the rest of it was skipped"),
    "corrupt-member": NoteCode(redacted="a file inside a zip is damaged: the records after the fault were not read"),
    "unreadable": NoteCode(redacted="a file could not be read"),
    "too-deep": NoteCode(redacted="a file nests too deeply to read: the rest of it was skipped"),
    # a file of another shape than its export writes, read not at all: an empty Messenger thread, a JSON nested
    # 200,000 deep, an Amazon CSV whose columns were renamed (T43B M1: "nothing was read" reached no note)
    "bad-shape": NoteCode(redacted="a file is not of the shape its export writes: nothing was read from it"),
    # a photo or video no parser reads whose CRC-32 failed where its part zip's own did (INP59): said, never read
    "damaged-media": NoteCode(redacted="a photo, video or other attachment inside a zip is damaged: dataexam reads no "
                                       "records from it, so none were lost"),
    # a file whose own header in a zip is damaged, read by the zip's directory, which its data matches (INP61)
    "damaged-header": NoteCode(redacted="a file's own header inside a zip is damaged: it was read by the zip's "
                                        "directory, whose CRC-32 its data matches, so nothing was lost"),
}
INPUT_NOTE_CODES = frozenset(NOTE_CODES)
NAMELESS_NOTES = frozenset(code for code, said in NOTE_CODES.items() if said.nameless)
REDACTED_NOTES = {code: said.redacted for code, said in NOTE_CODES.items() if said.redacted}
#: notes kept of one export, and of the whole run; the rest are counted per export (``notes_left_out``)
MAX_INPUT_NOTES_PER_EXPORT = 10
MAX_INPUT_NOTES = 30
#: the hints a file's note gives of its encoding (a file saved again by an editor as UTF-16, UTF-32, Latin-1): our
#: own fixed words, naming nothing of the person's, kept under --redact beside the code's wording (T44B: a UTF-16
#: thread's note said only "not of the shape its export writes" there)
ENCODING_HINTS = (f"found {wide_text('UTF-16')}", f"found {wide_text('UTF-32')}", NOT_UTF8)


def redacted_message(code: str, message: str | None) -> str | None:
    """What a redacted report says of a note of ``code`` whose wording is ``message``: the wording itself where the
    code names no file (:data:`NAMELESS_NOTES`), else the code's :data:`REDACTED_NOTES` wording, followed by the
    encoding hint the wording gives (:data:`ENCODING_HINTS`), if any; ``None`` for a code with neither."""
    if code in NAMELESS_NOTES:
        return message
    redacted = REDACTED_NOTES.get(code)
    hint = next((h for h in ENCODING_HINTS if message and h in message), None)
    if redacted is None or hint is None:
        return redacted
    return f"{redacted}; {hint}"
