"""Reports shared by the report-renderer tests: the demo persona's (built once per test session) and a
small synthetic one with planted private strings (names, handles, message texts, paths)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from test_inference_synth import START, Stream, person

from dataexam import api
from dataexam.inference import infer

NOW = datetime(2025, 1, 1, tzinfo=UTC)
_CACHE: dict[str, Any] = {}

# Strings that must never survive --redact in any format.
PLANTED_NAME = "Zelda Quackenbush"
PLANTED_HANDLE = "@zq_private_handle"
PLANTED_TEXT = "plum pudding recipe 7731"
PLANTED_DIR = "/home/secretuser-zq/Downloads"
PLANTED_FOLDER = "zeldaquackenbush_4417"
PLANTED = (PLANTED_NAME, PLANTED_HANDLE, PLANTED_TEXT, PLANTED_DIR, PLANTED_FOLDER, "secretuser")


def demo_report(tmp_path_factory: Any) -> tuple[Any, list[Path]]:
    """The `dataexam demo` persona's report (via the API, so the run facts are filled in) and its inputs."""
    if "demo" not in _CACHE:
        from dataexam.persona import export_paths, write_persona

        out = tmp_path_factory.mktemp("demo-exports")
        paths = export_paths(write_persona(out, seed=1))
        _CACHE["demo"] = (api.report(paths), paths)
    return _CACHE["demo"]


def planted_events() -> list:
    """A person in Berlin with messages from a planted contact, in a thread folder named after them, in
    an export under a planted local path; tweets that quote a planted handle and text."""
    s = Stream(f"{PLANTED_DIR}/facebook-zq.zip")
    events = person(days=90)
    member = f"messages/inbox/{PLANTED_FOLDER}/message_1.json"
    for i in range(60):
        d = START - timedelta(days=60 - i)  # before the person's other records: first in every evidence list
        t = datetime(d.year, d.month, d.day, 19, tzinfo=UTC)
        events.append(s.ev(t, "facebook.message", f"{PLANTED_TEXT} awful sad {i}", actor=PLANTED_NAME,
                           member=member, thread=PLANTED_FOLDER))
        events.append(s.ev(t + timedelta(minutes=5), "facebook.message", f"thanks for the {PLANTED_TEXT}",
                           member=member, thread=PLANTED_FOLDER))
        events.append(s.ev(t + timedelta(minutes=9), "twitter.tweet", f"{PLANTED_HANDLE} {PLANTED_TEXT} cycling"))
        events.append(s.ev(datetime(d.year, d.month, d.day, 12, tzinfo=UTC), "amazon.order_item",
                           f"Bike helmet for {PLANTED_NAME}", total="25.50", currency="EUR", order_id=str(i)))
        events.append(s.ev(datetime(d.year, d.month, d.day, 21, tzinfo=UTC), "twitter.login", ip="85.214.132.117"))
    return sorted(events, key=lambda e: e.sort_key)


def planted_report(include_sensitive: bool = False) -> Any:
    return infer(planted_events(), include_sensitive=include_sensitive, now=NOW)
