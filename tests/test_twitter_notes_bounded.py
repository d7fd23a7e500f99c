"""X's long posts in bounded memory (the twenty-sixth pass's leftovers, fault 3; issue 16, flat memory).

Every note of ``note-tweet.js`` was held in dicts to be paired with its tweet, so memory grew with an X Premium
archive's long posts. The :class:`NoteIndex` keeps at most ``MAX_NOTES_IN_MEMORY`` notes and pairs in memory and
spills the rest to a private SQLite file removed when the archive's events end. Here the same invented archive
(60 long posts, some sharing a second, two notes matching no tweet, one deleted tweet's note) is parsed with the
default limit and with a limit of 5: the events and issues are the same, and at most 6 notes were ever held.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from dataexam.archive import open_archive
from dataexam.errors import TempSpaceFull
from dataexam.events import Event, ParseIssue
from dataexam_parsers import twitter_notes
from dataexam_parsers.twitter import TwitterParser
from dataexam_parsers.twitter_notes import NoteIndex

BODY = ("the harbour redevelopment, the tides, the ferry crews, the cafe owners and the quay: a long post that "
        "goes on well past the two hundred and eighty characters a tweet can show, so X keeps its whole text in "
        "note-tweet.js and the tweet only its beginning, an ellipsis and a link to the whole post on the site.")


def _archive(root: Path, n: int = 60) -> Path:
    data = root / "data"
    data.mkdir(parents=True)
    (data / "manifest.js").write_text('window.__THAR_CONFIG = {"userInfo": {"accountId": "1500000001"}}',
                                      encoding="utf-8")
    tweets, notes = [], []
    for i in range(n):
        second = f"{i // 3:02d}"  # three long posts a second: each must get its own note
        body = f"Post number {i}: {BODY}"
        tweets.append({"tweet": {"id_str": str(1780000000000000000 + i),
                                 "created_at": f"Mon Apr 15 10:{second}:00 +0000 2024",
                                 "full_text": body[:270] + "… https://t.co/x" + str(i)}})
        notes.append({"noteTweet": {"noteTweetId": str(500 + i), "createdAt": f"2024-04-15T10:{second}:00.100Z",
                                    "core": {"text": body, "urls": [], "mentions": []}}})
    notes.append({"noteTweet": {"noteTweetId": "900", "createdAt": "2024-04-15T11:00:00.000Z",
                                "core": {"text": "A note whose tweet is not in the archive. " + BODY}}})
    notes.insert(7, {"noteTweet": {"noteTweetId": "901", "createdAt": "2024-04-15T10:02:00.000Z",
                                   "core": {"text": "Another orphan of a busy second. " + BODY}}})
    deleted = [{"tweet": {"id_str": "1790000000000000001", "created_at": "Tue Apr 16 09:00:00 +0000 2024",
                          "full_text": ("Deleted: " + BODY)[:270] + "…"}}]
    notes.append({"noteTweet": {"noteTweetId": "950", "createdAt": "2024-04-16T09:00:00.500Z",
                                "core": {"text": "Deleted: " + BODY}}})
    for name, var, items in (("tweets", "tweets", tweets), ("note-tweet", "note_tweet", notes),
                             ("deleted-tweets", "deleted_tweets", deleted)):
        (data / f"{name}.js").write_text(f"window.YTD.{var}.part0 = " + json.dumps(items), encoding="utf-8")
    return root


def _parse(root: Path, monkeypatch: pytest.MonkeyPatch, limit: int | None) -> tuple[list, list[NoteIndex]]:
    made: list[NoteIndex] = []
    init = NoteIndex.__init__

    def spy(self: NoteIndex, *args, **kwargs) -> None:
        init(self, *args, **kwargs)
        made.append(self)

    with monkeypatch.context() as m:
        m.setattr(NoteIndex, "__init__", spy)
        if limit is not None:
            m.setattr(twitter_notes, "MAX_NOTES_IN_MEMORY", limit)
        with open_archive(root) as archive:
            items = list(TwitterParser().events(archive))
    return items, made


def _view(items: list) -> tuple[dict, list]:
    events = {(e.kind, e.key): (e.attrs.get("note_tweet_id"), e.text) for e in items if isinstance(e, Event)}
    issues = [(i.member, i.code, i.position) for i in items if isinstance(i, ParseIssue)]
    return events, issues


def test_the_pairs_are_the_same_and_memory_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _archive(tmp_path / "x")
    folders: list[str] = []
    spill = NoteIndex._spill

    def watch(self: NoteIndex) -> None:
        spill(self)
        folders.append(self._folder.path)  # type: ignore[union-attr]

    monkeypatch.setattr(NoteIndex, "_spill", watch)
    plain, plain_indexes = _parse(root, monkeypatch, None)
    small, small_indexes = _parse(root, monkeypatch, 5)
    assert _view(small) == _view(plain)
    events, issues = _view(plain)
    paired = {k: v for k, v in events.items() if v[0] is not None}
    assert len(paired) == 61  # 60 long posts and the deleted one
    assert paired[("twitter.tweet", "twitter.tweet:1780000000000000004")] == ("504", f"Post number 4: {BODY}")
    assert paired[("twitter.deleted_tweet", "twitter.deleted_tweet:1790000000000000001")][0] == "950"
    assert issues == [("data/note-tweet.js", "bad-record", "record 7"),
                      ("data/note-tweet.js", "bad-record", "record 61")]
    # the default keeps these 63 notes and 61 pairs in memory; the limit of 5 spilled them, and never held more
    # than 6
    plain_index = next(ix for ix in plain_indexes if ix.notes)
    small_index = next(ix for ix in small_indexes if ix.notes)
    assert not plain_index.spilled and plain_index.peak_in_memory == 63 + 61
    assert small_index.peak_in_memory <= 6 and small_index.notes == 63
    # the private file is gone once the events end
    assert len(folders) == 1 and not os.path.exists(folders[0])


def test_the_index_spills_by_characters_too() -> None:
    ix = NoteIndex(limit=1000, char_limit=100)
    ix.add("2024-01-01T00:00:00+00:00", "1", "x" * 60, 0, 0)
    assert not ix.spilled
    ix.add("2024-01-01T00:00:00+00:00", "2", "y" * 60, 0, 1)
    assert ix.spilled
    ix.pair("t1", "2", "y" * 60)
    assert [n[0] for n in ix.candidates("2024-01-01T00:00:00+00:00")] == ["1"]
    assert ix.get("t1") == ("2", "y" * 60) and ix.get("t2") is None and bool(ix)
    assert list(ix.unused()) == [(0, 0)]
    path = ix._folder.path  # type: ignore[union-attr]
    assert os.stat(os.path.join(path, "notes.sqlite")).st_mode & 0o077 == 0
    ix.close()
    assert not os.path.exists(path)


def test_where_no_private_folder_can_be_made_the_notes_stay_in_memory(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only system: the spill fails, the index keeps its notes in memory as before, and the pairs are the
    same (never a lost archive)."""
    from dataexam.errors import TempFolderUnusable

    def refuse(*_args: object) -> None:
        raise TempFolderUnusable("no temporary folder can be written")

    root = _archive(tmp_path / "x")
    plain, _ = _parse(root, monkeypatch, None)
    monkeypatch.setattr(twitter_notes, "PrivateTempDir", refuse)
    small, made = _parse(root, monkeypatch, 5)
    assert _view(small) == _view(plain)
    index = next(ix for ix in made if ix.notes)
    assert index.spill_failed and index.peak_in_memory == 63 + 61


class _FullDisk:
    """The spilled SQLite file's connection once the temporary folder is full: every write after the first
    ``room`` fails as SQLite fails on a full disk (SQLITE_FULL, "database or disk is full")."""

    def __init__(self, db: object, room: int) -> None:
        self.db, self.room = db, room

    def execute(self, sql: str, *args: object) -> object:
        if sql.lstrip().upper().startswith(("INSERT", "UPDATE")):
            if self.room <= 0:
                exc = sqlite3.OperationalError("database or disk is full")
                exc.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
                raise exc
            self.room -= 1
        return self.db.execute(sql, *args)  # type: ignore[attr-defined]

    def close(self) -> None:
        self.db.close()  # type: ignore[attr-defined]


def _fill_after_spill(monkeypatch: pytest.MonkeyPatch, room: int, folders: list[str]) -> None:
    spill = NoteIndex._spill

    def full(self: NoteIndex) -> None:
        spill(self)
        folders.append(self._folder.path)  # type: ignore[union-attr]
        self._db = _FullDisk(self._db, room)  # type: ignore[assignment]

    monkeypatch.setattr(NoteIndex, "_spill", full)
    monkeypatch.setattr(twitter_notes, "MAX_NOTES_IN_MEMORY", 5)


def test_a_full_temporary_folder_while_spilled_is_the_runs_no_room_error(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The twenty-sixth pass's limits: a disk full while the notes are in their file was "unexpected
    OperationalError in the parser; the rest of this file was skipped" — the archive's tweets after it lost with
    a warning. Now it is the run's no-room error (TempSpaceFull, naming the folder), the file removed."""
    root = _archive(tmp_path / "x")
    folders: list[str] = []
    _fill_after_spill(monkeypatch, 10, folders)
    with open_archive(root) as archive, pytest.raises(TempSpaceFull) as caught:
        list(TwitterParser().events(archive))
    said = str(caught.value)
    assert said.startswith(f"no room left in the temporary folder {os.path.dirname(folders[0])} (")
    assert "SQLite: database or disk is full" in said and "note-tweet.js" in said and "TMPDIR" in said
    assert folders and not os.path.exists(folders[0])


def test_the_cli_says_no_room_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from dataexam import cli

    root = _archive(tmp_path / "x")
    folders: list[str] = []
    _fill_after_spill(monkeypatch, 10, folders)
    out = tmp_path / "timeline.jsonl"
    result = CliRunner().invoke(cli.app, ["timeline", str(root), "-o", str(out)])
    assert result.exit_code == int(TempSpaceFull.exit_code), result.output
    assert "no room left in the temporary folder" in result.output and "internal error" not in result.output
    assert not out.exists() and not os.path.exists(folders[0])
