"""X's long posts (``note-tweet.js``) and the tweets they belong to, in bounded memory.

A long post's tweet in ``tweets.js`` holds its first 280 characters; ``note-tweet.js`` the whole text, saved in
the same second. The parser reads every note first (by its ``createdAt`` second), then every tweets file once
to pair each tweet with the note whose text it begins, and looks each tweet's note up while it streams the
tweets (parsers/twitter.py, ``_prepare_notes``). An X Premium account's notes can run to thousands of posts of
up to 25,000 characters each, and all of them were held in dicts for the whole run: memory grew with the archive
(issue 16, flat memory; the twenty-sixth pass's leftovers). :class:`NoteIndex` holds them in memory up to
:data:`MAX_NOTES_IN_MEMORY` notes or :data:`MAX_NOTE_CHARS_IN_MEMORY` characters, and beyond that moves them
into an SQLite file in a private temporary folder (0700, :class:`~dataexam.tempdirs.PrivateTempDir`: removed on
close, and by its janitor should the process be killed), indexed by second and by tweet id. The pairs are the
same either way: candidates of one second in the order read, the first unused note whose text the tweet begins.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator

from dataexam.archive import printable_path
from dataexam.errors import TempFolderUnusable, TempSpaceFull, no_room, no_room_reason
from dataexam.tempdirs import PrivateTempDir

__all__ = ["MAX_NOTES_IN_MEMORY", "MAX_NOTE_CHARS_IN_MEMORY", "NoteIndex"]

#: notes (and pairs) held in memory before the index moves to its SQLite file
MAX_NOTES_IN_MEMORY = 2_000
#: characters of note text held in memory before it does (~8 MB of str at most; 2,000 notes of 280+ characters)
MAX_NOTE_CHARS_IN_MEMORY = 2_000_000

#: one note: (noteTweetId, full text, the note's member number, its record index)
Note = tuple[str, str, int, int]

_SCHEMA = """
CREATE TABLE notes (second TEXT NOT NULL, note_id TEXT NOT NULL, text TEXT NOT NULL, member INTEGER NOT NULL,
                    idx INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0);
CREATE INDEX notes_second ON notes (second);
CREATE INDEX notes_id ON notes (note_id);
CREATE TABLE pairs (tweet_id TEXT PRIMARY KEY, note_id TEXT NOT NULL, text TEXT NOT NULL);
"""


class NoteIndex:
    """Notes by their ``createdAt`` second, which of them are used, and tweet id → (noteTweetId, text) pairs.

    In memory while small; spilled to SQLite (:meth:`_spill`) past :data:`MAX_NOTES_IN_MEMORY` notes and pairs or
    :data:`MAX_NOTE_CHARS_IN_MEMORY` characters. :meth:`close` removes the file. ``limit``/``char_limit`` override
    the two thresholds (tests)."""

    def __init__(self, limit: int | None = None, char_limit: int | None = None) -> None:
        self.limit = MAX_NOTES_IN_MEMORY if limit is None else limit
        self.char_limit = MAX_NOTE_CHARS_IN_MEMORY if char_limit is None else char_limit
        self._by_second: dict[str, list[Note]] = {}
        self._used: set[str] = set()
        self._pairs: dict[str, tuple[str, str]] = {}
        self._chars = 0
        self._count = 0  # notes and pairs held in memory
        self.peak_in_memory = 0  # the most notes and pairs held in memory at once (tests: bounded, not timed)
        self.notes = 0  # notes added
        self._folder: PrivateTempDir | None = None
        self._db: sqlite3.Connection | None = None
        self.spill_failed = False  # no private folder could be made (a read-only system): kept in memory

    @property
    def spilled(self) -> bool:
        """Whether the index is in its SQLite file."""
        return self._db is not None

    def add(self, second: str, note_id: str, text: str, member: int, index: int) -> None:
        """One note of ``note-tweet.js``: its second (ISO), id, text, member number and record index."""
        self.notes += 1
        if self._db is not None:
            with self._room():
                self._db.execute("INSERT INTO notes (second, note_id, text, member, idx) VALUES (?, ?, ?, ?, ?)",
                                 (second, note_id, text, member, index))
            return
        self._by_second.setdefault(second, []).append((note_id, text, member, index))
        self._grew(len(text))

    def candidates(self, second: str) -> list[Note]:
        """The notes of ``second`` not yet used, in the order they were read."""
        if self._db is not None:
            rows = self._db.execute("SELECT note_id, text, member, idx FROM notes WHERE second = ? AND used = 0 "
                                    "ORDER BY rowid", (second,)).fetchall()
            return [(str(a), str(b), int(c), int(d)) for a, b, c, d in rows]
        return [n for n in self._by_second.get(second, ()) if n[0] not in self._used]

    def has_second(self, second: str) -> bool:
        """Whether ``second`` may have notes: a cheap test in memory; spilled, :meth:`candidates` answers (one
        query a tweet, not two)."""
        return self._db is not None or second in self._by_second

    def pair(self, tweet_id: str, note_id: str, text: str) -> None:
        """``note_id`` is used; ``tweet_id`` keeps its first note (a tweet read twice pairs once)."""
        if self._db is not None:
            with self._room():
                self._db.execute("UPDATE notes SET used = 1 WHERE note_id = ?", (note_id,))
                self._db.execute("INSERT OR IGNORE INTO pairs VALUES (?, ?, ?)", (tweet_id, note_id, text))
            return
        self._used.add(note_id)
        if tweet_id not in self._pairs:
            self._pairs[tweet_id] = (note_id, text)
            self._grew(len(text))

    def get(self, tweet_id: str) -> tuple[str, str] | None:
        """(noteTweetId, full text) of the tweet's long post, or None."""
        if self._db is not None:
            row = self._db.execute("SELECT note_id, text FROM pairs WHERE tweet_id = ?", (tweet_id,)).fetchone()
            return (str(row[0]), str(row[1])) if row is not None else None
        return self._pairs.get(tweet_id)

    def unused(self) -> Iterator[tuple[int, int]]:
        """(member number, record index) of every note that no tweet took, in the order read."""
        if self._db is not None:
            # grouped by second, each second where its first note was read, as the dicts give them
            rows = self._db.execute("SELECT member, idx FROM notes WHERE used = 0 ORDER BY (SELECT MIN(n.rowid) "
                                    "FROM notes AS n WHERE n.second = notes.second), rowid")
            for member, index in rows:
                yield int(member), int(index)
            return
        for notes in self._by_second.values():
            for note_id, _text, member, index in notes:
                if note_id not in self._used:
                    yield member, index

    def drop_notes(self) -> None:
        """Forget the notes once paired (the pairs stay): only the pairs are read while the tweets stream."""
        if self._db is not None:
            self._db.execute("DELETE FROM notes")
            return
        for notes in self._by_second.values():
            self._count -= len(notes)
            self._chars -= sum(len(n[1]) for n in notes)
        self._by_second.clear()
        self._used.clear()

    def __bool__(self) -> bool:
        """Whether any tweet has a long post."""
        if self._db is not None:
            return self._db.execute("SELECT 1 FROM pairs LIMIT 1").fetchone() is not None
        return bool(self._pairs)

    @contextlib.contextmanager
    def _room(self) -> Iterator[None]:
        """A write to the spilled file that finds no room (the temporary folder's disk or quota full: SQLite's
        SQLITE_FULL, or an ``OSError`` of :data:`~dataexam.errors.NO_ROOM`) raises
        :class:`~dataexam.errors.TempSpaceFull` naming the folder, the file removed: the notes already moved out
        of memory cannot go back, and a half-paired archive would lose long posts."""
        try:
            yield
        except (sqlite3.Error, OSError) as exc:
            full = no_room(exc) or (isinstance(exc, sqlite3.Error)
                                    and (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == sqlite3.SQLITE_FULL)
            if not full:
                raise
            folder = os.path.dirname(self._folder.path) if self._folder is not None else tempfile.gettempdir()
            why = no_room_reason(exc, folder) if isinstance(exc, OSError) else "SQLite: database or disk is full"
            self.close_file()
            raise TempSpaceFull(
                f"no room left in the temporary folder {printable_path(folder)} ({why}) while pairing the X "
                "archive's long posts (note-tweet.js) with their tweets; free some, or set TMPDIR to a folder with "
                "room") from None

    def _grew(self, chars: int) -> None:
        self._count += 1
        self._chars += chars
        self.peak_in_memory = max(self.peak_in_memory, self._count)
        if (self._count > self.limit or self._chars > self.char_limit) and not self.spill_failed:
            try:
                self._spill()
            except (OSError, sqlite3.Error, TempFolderUnusable):
                # no room or no folder for the file: the notes stay in memory, as they always were, rather than
                # the archive's tweets being lost
                self.close_file()
                self.spill_failed = True

    def _spill(self) -> None:
        """Move every note and pair into the SQLite file; memory holds none of them from now on."""
        db: sqlite3.Connection | None = None
        try:
            self._folder = PrivateTempDir()
            path = os.path.join(self._folder.path, "notes.sqlite")
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # private before SQLite opens it
            os.close(fd)
            db = sqlite3.connect(path, isolation_level=None)
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.executescript(_SCHEMA)
            db.execute("BEGIN")
            db.executemany("INSERT INTO notes (second, note_id, text, member, idx, used) VALUES (?, ?, ?, ?, ?, ?)",
                           ((second, note_id, text, member, index, int(note_id in self._used))
                            for second, notes in self._by_second.items() for note_id, text, member, index in notes))
            db.executemany("INSERT OR IGNORE INTO pairs VALUES (?, ?, ?)",
                           ((t, n, x) for t, (n, x) in self._pairs.items()))
            db.execute("COMMIT")
            # one transaction from now on, never committed: the file is removed at the end, and a statement each in
            # its own transaction cost ~150 µs a note (10,000 long posts: 0.5 s → 2.0 s of CPU)
            db.execute("BEGIN")
        except BaseException:
            if db is not None:
                db.close()
            raise
        self._db = db
        self._by_second, self._used, self._pairs = {}, set(), {}
        self._count = self._chars = 0

    def close_file(self) -> None:
        """Close and remove the SQLite file and its folder, if any."""
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._folder is not None:
            self._folder.close()
            self._folder = None

    def close(self) -> None:
        """Remove the SQLite file and its folder (if any); the index is empty afterwards."""
        self.close_file()
        self._by_second, self._used, self._pairs = {}, set(), {}
        self._count = self._chars = 0
