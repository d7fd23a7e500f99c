"""A tiny third-party-style parser used to test the engine apart from the real sources."""

from __future__ import annotations

from collections.abc import Iterator

from dataexam.events import Event, ParseIssue, id_key
from dataexam.parser import MemberContext, Parser, rules_table
from dataexam.timeparse import from_iso


class NotesParser(Parser):
    """Reads ``notes/*.json``: arrays of ``{"id", "at", "text"}`` (``at`` may be missing)."""

    name = "notes"
    version = "9.9"
    description = "test notes"
    kinds = {"notes.note": "a note"}
    markers = (r"(^|/)notes-export\.txt$",)
    rules = rules_table([
        (r"(^|/)notes/[^/]+\.json$", "_parse_notes"),
        (r"(^|/)notes-export\.txt$", None, "marker file"),
        (r"(^|/)media/", None, "pictures"),
    ])

    def detect_variant(self, archive) -> str | None:  # type: ignore[no-untyped-def]
        return "v1"

    def _parse_notes(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        for record in f.json_items("item"):
            time, source = from_iso(record.get("at"))
            yield f.event(kind="notes.note", time=time, time_source=source,
                          key=id_key("notes.note", record["id"]), text=record.get("text"))
