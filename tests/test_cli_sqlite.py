"""SQLite output: dataexam owns only its own tables; the user's database keeps everything else (issue 13)."""

from __future__ import annotations

import json
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from typer.testing import CliRunner

from dataexam import __version__, cli, writers
from dataexam.errors import ExitCode, OutputError
from helpers import FIXTURES

runner = CliRunner()
X_CURRENT = FIXTURES / "twitter" / "current" / "archive"
X_CLASSIC = FIXTURES / "twitter" / "classic" / "archive"
FB = FIXTURES / "facebook" / "2023" / "archive"
AMAZON_LEGACY = FIXTURES / "amazon" / "legacy" / "archive"
#: the key recipes of this version (dataexam.events.KEY_VERSIONS), written out: a change must change this line
CURRENT_KEYS = {"amazon.order_item": 5, "amazon.refund": 2, "facebook.comment": 4, "facebook.group": 2,
                "facebook.message": 5, "facebook.post": 4, "facebook.profile_update": 4, "facebook.reaction": 5}


def timeline(*args: str) -> None:
    result = runner.invoke(cli.app, ["timeline", *args])
    assert result.exit_code == 0, result.stderr


def user_database(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("create table my_notes (id integer primary key, body text)")
        conn.execute("insert into my_notes (body) values ('keep me')")
        conn.execute("create view my_view as select body from my_notes")
        conn.execute("create index my_index on my_notes(body)")
    path.chmod(0o644)


def objects(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {name for (name,) in conn.execute("select name from sqlite_master")}


def count(path: Path, sql: str = "select count(*) from events") -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchone()[0]


def test_new_database_is_private_with_events_fts_and_meta(tmp_path: Path) -> None:
    db = tmp_path / "me.db"
    before = datetime.now(UTC).replace(microsecond=0)
    timeline(str(X_CURRENT), "-o", str(db))
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert {"events", "dataexam_meta", "events_fts"} <= objects(db)
    with sqlite3.connect(db) as conn:
        meta = dict(conn.execute("select name, value from dataexam_meta"))
    assert meta["tool"] == "dataexam" and meta["tool_version"] == __version__
    assert json.loads(meta["inputs"]) == ["archive"]
    assert int(meta["events"]) == count(db) > 0
    assert datetime.fromisoformat(meta["created_at"].replace("Z", "+00:00")) >= before
    assert meta["schema_version"] == "1"
    assert count(db, "pragma page_size") == writers._SQLITE_PAGE_SIZE  # a new database: 16 KiB pages


def test_fts_index_is_what_datasette_and_sqlite_utils_detect(tmp_path: Path) -> None:
    db = tmp_path / "me.db"
    timeline(str(X_CURRENT), str(FB), "-o", str(db))
    table = sqlite_utils.Database(db)["events"]
    assert table.detect_fts() == "events_fts"  # the same detection Datasette's search box uses
    word = next(w for (text,) in sqlite3.connect(db).execute("select text from events where text is not null")
                for w in text.split() if w.isalpha() and len(w) > 4)
    hits = list(table.search(word))
    assert hits and all(word.lower() in (h["text"] or "").lower() for h in hits)
    # the plain SQL route too
    with sqlite3.connect(db) as conn:
        n = conn.execute("select count(*) from events where id in "
                         "(select rowid from events_fts where events_fts match ?)", (word,)).fetchone()[0]
    assert n == len(hits)


def test_existing_database_keeps_the_users_tables(tmp_path: Path) -> None:
    db = tmp_path / "collection.db"
    user_database(db)
    timeline(str(X_CURRENT), "-o", str(db))
    assert {"my_notes", "my_view", "my_index", "events", "dataexam_meta", "events_fts"} <= objects(db)
    assert count(db, "select body from my_notes") == "keep me"
    first = count(db)
    # re-run with other inputs: dataexam's tables are replaced, the user's kept
    timeline(str(X_CLASSIC), "-o", str(db))
    assert count(db, "select body from my_notes") == "keep me"
    assert count(db) < first
    with sqlite3.connect(db) as conn:
        assert {s for (s,) in conn.execute("select distinct origin_archive from events")} == {str(X_CLASSIC)}
        meta = dict(conn.execute("select name, value from dataexam_meta"))
    assert int(meta["events"]) == count(db)
    assert sqlite_utils.Database(db)["events"].detect_fts() == "events_fts"
    assert stat.S_IMODE(db.stat().st_mode) == 0o644  # the user's file keeps its own mode
    assert count(db, "pragma page_size") == 4096  # and its own page size


def test_append_adds_events_deduplicated_by_key(tmp_path: Path) -> None:
    db = tmp_path / "me.db"
    user_database(db)
    timeline(str(X_CURRENT), "-o", str(db))
    n_x = count(db)
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), str(FB), "--append", "-o", str(db)])
    assert result.exit_code == 0, result.stderr
    assert f"{n_x:,} already in the database" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) - count(distinct key) from events").fetchone()[0] == 0
        sources = dict(conn.execute("select source, count(*) from events group by source"))
        meta = dict(conn.execute("select name, value from dataexam_meta"))
    assert sources["twitter"] == n_x and sources["facebook"] > 0
    assert int(meta["events"]) == count(db)
    # the new rows are searchable too
    fb_text = sqlite3.connect(db).execute("select text from events where source='facebook' and text like '% %' "
                                          "limit 1").fetchone()[0]
    word = next(w for w in fb_text.split() if w.isalpha())
    assert any(h["source"] == "facebook" for h in sqlite_utils.Database(db)["events"].search(word))
    assert count(db, "select body from my_notes") == "keep me"
    # appending the same again adds nothing
    timeline(str(FB), "--append", "-o", str(db))
    assert sum(sources.values()) == count(db)


def _other_person(tmp_path: Path) -> Path:
    """The X fixture as another account's archive (its account id written everywhere as another)."""
    import shutil
    copy = tmp_path / "other"
    shutil.copytree(X_CURRENT, copy)
    for path in copy.rglob("*.js"):
        path.write_text(path.read_text(encoding="utf-8").replace("1500000001", "1500000999"), encoding="utf-8")
    return copy


def test_append_refuses_another_account_s_records(tmp_path: Path) -> None:
    # the twenty-second pass's tester: a second person's archive appended to the first's database was taken in
    # (exit 0), while the same two inputs in one run stop; 14 of the second person's records were dropped as
    # "already in the database" because their content keys equal the first person's
    db = tmp_path / "me.db"
    timeline(str(X_CURRENT), "-o", str(db))
    before = db.read_bytes()
    result = runner.invoke(cli.app, ["timeline", str(_other_person(tmp_path)), "--append", "-o", str(db)])
    assert result.exit_code == ExitCode.USAGE, result.stderr
    assert "another account" in result.stderr and "--per-account" in result.stderr
    assert "1500000999" not in result.stderr and "1500000001" not in result.stderr
    assert db.read_bytes() == before  # left as it was
    timeline(str(X_CURRENT), "--append", "-o", str(db))  # the same person again: fine
    with sqlite3.connect(db) as conn:
        held = json.loads(conn.execute("select value from dataexam_meta where name='accounts'").fetchone()[0])
    assert list(held) == ["twitter"] and len(held["twitter"]) == 1 and "1500000001" not in held["twitter"][0]
    timeline(str(_other_person(tmp_path / "b")), "--append", "--per-account", "-o", str(db))  # said: allowed
    with sqlite3.connect(db) as conn:
        held = json.loads(conn.execute("select value from dataexam_meta where name='accounts'").fetchone()[0])
    assert len(held["twitter"]) == 2


def test_append_to_a_database_of_an_older_dataexam_says_it_cannot_check(tmp_path: Path) -> None:
    # a database written before the accounts were kept took in another person, recorded the newcomer as the only
    # account, then refused the owner's own newer export (the twenty-second pass's third tester)
    db = tmp_path / "old.db"
    timeline(str(X_CURRENT), "-o", str(db))
    with sqlite3.connect(db) as conn:
        conn.execute("delete from dataexam_meta where name = 'accounts'")  # as an older dataexam wrote it
    result = runner.invoke(cli.app, ["timeline", str(_other_person(tmp_path)), "--append", "-o", str(db)])
    assert result.exit_code == 0, result.stderr
    assert "written by an older dataexam" in result.stderr and "twitter" in result.stderr
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "--append", "-o", str(db)])
    assert result.exit_code == 0 and "could not be checked" in result.stderr
    with sqlite3.connect(db) as conn:
        held = json.loads(conn.execute("select value from dataexam_meta where name='accounts'").fetchone()[0])
    assert held == {"twitter": ["unknown"]}


def test_append_to_a_new_file_creates_it(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    timeline(str(X_CURRENT), "--append", "-o", str(db))
    assert count(db) > 0


def test_a_file_that_is_not_sqlite_is_never_overwritten(tmp_path: Path) -> None:
    for name, content in (("notes.db", b"my precious notes\n"), ("data.sqlite", b"\x00\x01binary")):
        path = tmp_path / name
        path.write_bytes(content)
        result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-o", str(path)])
        assert result.exit_code == ExitCode.ERROR
        assert "not a SQLite database" in result.stderr
        assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.sqlite", "notes.db"]


def test_a_users_own_events_table_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("create table events (what text)")
        conn.execute("insert into events values ('mine')")
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-o", str(db)])
    assert result.exit_code == ExitCode.ERROR
    assert count(db, "select what from events") == "mine"


def test_replacing_is_one_transaction(tmp_path: Path) -> None:
    db = tmp_path / "me.db"
    user_database(db)
    timeline(str(X_CURRENT), "-o", str(db))
    before = count(db)

    def failing_rows():
        yield ("2020-01-01T00:00:00.000Z", "utc", "x", "x.k", "self", "t", "{}", "a", "m", 0, "k1")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        writers.write_sqlite_rows(failing_rows(), db)
    assert count(db) == before  # the old events are still there, nothing half-written
    assert count(db, "select body from my_notes") == "keep me"
    assert sqlite_utils.Database(db)["events"].detect_fts() == "events_fts"


def test_empty_file_counts_as_an_empty_database(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    db.touch()
    timeline(str(X_CURRENT), "-o", str(db))
    assert count(db) > 0


def test_is_sqlite_file(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"SQLite format 3\x00rest")
    (tmp_path / "b").write_text("hello")
    assert writers.is_sqlite_file(tmp_path / "a") and not writers.is_sqlite_file(tmp_path / "b")
    with pytest.raises(OutputError):
        writers.write_sqlite_rows([], tmp_path / "b")


def _as_an_older_dataexam_wrote_it(db: Path) -> None:
    """Rewrite ``db`` as dataexam wrote it before message keys left the thread's folder (and reaction keys
    their title or URL): no ``key_versions``, each such row under a key of the older recipe."""
    with sqlite3.connect(db) as conn:
        conn.execute("delete from dataexam_meta where name = 'key_versions'")
        conn.execute("update events set key = kind || ':old' || id where kind in ('facebook.message', "
                     "'facebook.reaction')")


def test_append_refuses_messages_onto_older_message_keys(tmp_path: Path) -> None:
    # the twenty-third pass's second tester: message keys no longer hold the thread's folder (a chat archived
    # between two downloads counted twice); a database of the older keys would take every message in again
    db = tmp_path / "me.db"
    timeline(str(FB), "-o", str(db))
    with sqlite3.connect(db) as conn:
        meta = dict(conn.execute("select name, value from dataexam_meta"))
        messages = conn.execute("select count(*) from events where kind = 'facebook.message'").fetchone()[0]
    assert json.loads(meta["key_versions"]) == CURRENT_KEYS and messages > 0
    timeline(str(FB), "--append", "-o", str(db))  # the same keys: nothing added
    assert count(db, "select count(*) from events where kind = 'facebook.message'") == messages
    _as_an_older_dataexam_wrote_it(db)
    before = db.read_bytes()
    result = runner.invoke(cli.app, ["timeline", str(FB), "--append", "-o", str(db)])
    assert result.exit_code == ExitCode.USAGE, result.stderr
    assert "facebook.message (key version 1 there, 5 here)" in result.stderr
    assert "facebook.reaction (key version 1 there, 5 here)" in result.stderr
    assert "without --append" in result.stderr
    assert db.read_bytes() == before  # left as it was, no message added twice
    # records of other kinds only: appended, and the old messages' version is kept for the next append
    timeline(str(X_CURRENT), "--append", "-o", str(db))
    with sqlite3.connect(db) as conn:
        kept = json.loads(conn.execute("select value from dataexam_meta where name='key_versions'").fetchone()[0])
        assert conn.execute("select count(*) from events where source = 'twitter'").fetchone()[0] > 0
    assert kept == {**CURRENT_KEYS, "facebook.message": 1, "facebook.reaction": 1, "facebook.post": 1,
                    "facebook.comment": 1, "facebook.group": 1}  # (the fixture has no profile update: current)
    result = runner.invoke(cli.app, ["timeline", str(FB), "--append", "-o", str(db)])
    assert result.exit_code == ExitCode.USAGE
    # written anew (no --append): the current keys, and appending works again
    timeline(str(FB), str(X_CURRENT), "-o", str(db))
    timeline(str(FB), "--append", "-o", str(db))
    assert count(db, "select count(*) from events where kind = 'facebook.message'") == messages


def test_append_refuses_amazon_orders_onto_version_2_order_keys(tmp_path: Path) -> None:
    # the twenty-sixth pass's first tester (H1): order items are keyed by unit price from key version 3 (the
    # eras' totals differ by promotions and shipping); a database of version-2 keys would take each item again
    db = tmp_path / "me.db"
    timeline(str(AMAZON_LEGACY), "-o", str(db))
    items = count(db, "select count(*) from events where kind = 'amazon.order_item'")
    with sqlite3.connect(db) as conn:
        versions = json.loads(conn.execute("select value from dataexam_meta where name='key_versions'").fetchone()[0])
        conn.execute("update dataexam_meta set value = ? where name = 'key_versions'",
                     (json.dumps(versions | {"amazon.order_item": 2}),))
        conn.execute("update events set key = kind || ':v2' || id where kind = 'amazon.order_item'")
    before = db.read_bytes()
    result = runner.invoke(cli.app, ["timeline", str(AMAZON_LEGACY), "--append", "-o", str(db)])
    assert result.exit_code == ExitCode.USAGE, result.stderr
    assert "amazon.order_item (key version 2 there, 5 here)" in result.stderr and "without --append" in result.stderr
    assert db.read_bytes() == before
    timeline(str(AMAZON_LEGACY), "-o", str(db))  # written anew: version 4, and an append adds nothing
    timeline(str(AMAZON_LEGACY), "--append", "-o", str(db))
    assert count(db, "select count(*) from events where kind = 'amazon.order_item'") == items > 0


@pytest.mark.parametrize("old", [1, 2])
def test_append_refuses_posts_onto_older_post_keys(tmp_path: Path, old: int) -> None:
    # the twenty-seventh pass's second tester (H1): a title in a post's or comment's key no longer holds the
    # owner's name or pronoun (key version 2); from version 3 also where the download has no profile file (the
    # name leading the owner's titles: LIMITS); a database of older keys would take each post again
    db = tmp_path / "me.db"
    timeline(str(FB), "-o", str(db))
    posts = count(db, "select count(*) from events where kind = 'facebook.post'")
    with sqlite3.connect(db) as conn:
        versions = json.loads(conn.execute("select value from dataexam_meta where name='key_versions'").fetchone()[0])
        conn.execute("update dataexam_meta set value = ? where name = 'key_versions'",
                     (json.dumps(versions | {"facebook.post": old, "facebook.comment": old}),))
    before = db.read_bytes()
    result = runner.invoke(cli.app, ["timeline", str(FB), "--append", "-o", str(db)])
    assert result.exit_code == ExitCode.USAGE, result.stderr
    assert (f"facebook.comment (key version {old} there, 4 here), facebook.post (key version {old} there, 4 here)"
            in result.stderr)
    assert db.read_bytes() == before
    timeline(str(FB), "-o", str(db))  # written anew: an append of the same download adds nothing
    timeline(str(FB), "--append", "-o", str(db))
    assert count(db, "select count(*) from events where kind = 'facebook.post'") == posts > 0


def test_an_older_database_without_messages_takes_an_append(tmp_path: Path) -> None:
    # no row of a kind whose keys changed: nothing to tell apart, the append goes on
    db = tmp_path / "me.db"
    timeline(str(X_CURRENT), "-o", str(db))
    _as_an_older_dataexam_wrote_it(db)
    timeline(str(FB), "--append", "-o", str(db))
    with sqlite3.connect(db) as conn:
        kept = json.loads(conn.execute("select value from dataexam_meta where name='key_versions'").fetchone()[0])
    assert kept == CURRENT_KEYS


# -- the twenty-fourth pass's first tester: a newer dataexam's database (K1), the user's own indexes (D1) --------

def _as_a_newer_dataexam_wrote_it(db: Path, *, tool: str | None = None, schema: str | None = None,
                                  tweet_keys: int | None = None) -> None:
    """Rewrite ``db`` as a newer dataexam would have: a higher ``tool_version``/``schema_version``, or tweets keyed
    by a recipe version 2 this version does not know (``key_versions`` naming ``twitter.tweet``)."""
    with sqlite3.connect(db) as conn:
        if tool is not None:
            conn.execute("update dataexam_meta set value = ? where name = 'tool_version'", (tool,))
        if schema is not None:
            conn.execute("update dataexam_meta set value = ? where name = 'schema_version'", (schema,))
        if tweet_keys is not None:
            versions = json.loads(conn.execute("select value from dataexam_meta where name = 'key_versions'")
                                  .fetchone()[0])
            versions["twitter.tweet"] = tweet_keys
            conn.execute("update dataexam_meta set value = ? where name = 'key_versions'", (json.dumps(versions),))
            conn.execute("update events set key = 't2-' || key where kind = 'twitter.tweet'")


@pytest.mark.parametrize(("newer", "said"), [
    ({"tool": "99.0.0"}, f"dataexam 99.0.0, this is {__version__}"),
    ({"schema": "99"}, "schema version 99, this one writes"),
    ({"tweet_keys": 2}, "twitter.tweet (key version 2 there, 1 here)"),
])
def test_append_onto_a_newer_dataexams_database_is_refused_and_leaves_it(tmp_path: Path, newer: dict[str, Any],
                                                                          said: str) -> None:
    db = tmp_path / "me.db"
    timeline(str(X_CURRENT), "-o", str(db))
    _as_a_newer_dataexam_wrote_it(db, **newer)
    before = db.read_bytes()
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "--append", "-o", str(db)])
    assert result.exit_code == ExitCode.USAGE and said in result.stderr, result.stderr
    assert db.read_bytes() == before  # no tweet twice, the newer labels kept


@pytest.mark.parametrize(("damage", "said"), [
    ("update dataexam_meta set value = 'garbage' where name = 'schema_version'", "schema_version is missing"),
    ("delete from dataexam_meta", "schema_version is missing"),
    ("update dataexam_meta set value = '{not json' where name = 'key_versions'", "key_versions is not the JSON"),
    ("update dataexam_meta set value = '{\"twitter.tweet\": \"x\"}' where name = 'key_versions'",
     "key_versions is not the JSON"),
    ("update dataexam_meta set value = '[1, 2' where name = 'accounts'", "accounts is not the JSON"),
    ("drop table dataexam_meta; create table dataexam_meta (x)", "no name and value columns"),
])
def test_append_onto_a_damaged_meta_table_is_refused_and_leaves_it(tmp_path: Path, damage: str, said: str) -> None:
    """The last pass's leftover: unreadable entries were accepted without a word (a record could be added twice),
    a table without its columns ended in "internal error (OperationalError)". A rewrite still replaces it."""
    db = tmp_path / "me.db"
    timeline(str(X_CURRENT), "-o", str(db))
    with sqlite3.connect(db) as conn:
        conn.executescript(damage)
    before = db.read_bytes()
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "--append", "-o", str(db)])
    assert result.exit_code == ExitCode.USAGE and "dataexam_meta is damaged" in result.stderr, result.stderr
    assert said in result.stderr and "internal error" not in result.stderr
    assert db.read_bytes() == before
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-o", str(db)])
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select value from dataexam_meta where name = 'schema_version'").fetchone() == ("1",)


def test_a_key_version_this_dataexam_does_not_know_is_kept_by_an_append_of_other_kinds(tmp_path: Path) -> None:
    db = tmp_path / "me.db"
    timeline(str(X_CURRENT), "-o", str(db))
    _as_a_newer_dataexam_wrote_it(db, tweet_keys=2)
    tweets = count(db, "select count(*) from events where kind = 'twitter.tweet'")
    timeline(str(FB), "--append", "-o", str(db))  # no tweet offered: nothing to tell apart
    with sqlite3.connect(db) as conn:
        kept = json.loads(conn.execute("select value from dataexam_meta where name='key_versions'").fetchone()[0])
    assert kept == {**CURRENT_KEYS, "twitter.tweet": 2}
    assert count(db, "select count(*) from events where kind = 'twitter.tweet'") == tweets


def test_a_rewrite_keeps_the_users_indexes_and_triggers_on_events(tmp_path: Path) -> None:
    db = tmp_path / "me.db"
    timeline(str(X_CURRENT), "-o", str(db))
    with sqlite3.connect(db) as conn:
        conn.executescript("""
            create index my_actor_idx on events(actor);
            create index my_lang on events(json_extract(attrs, '$.lang')) where kind = 'twitter.tweet';
            create table audit (event_id integer);
            create trigger my_trg after insert on events begin insert into audit values (new.id); end;
            create view my_tweets as select time, text from events;
        """)
        wanted = dict(conn.execute("select name, sql from sqlite_master where name like 'my%'"))
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-o", str(db)])
    assert result.exit_code == 0 and "warning" not in result.stderr, result.stderr
    with sqlite3.connect(db) as conn:
        assert dict(conn.execute("select name, sql from sqlite_master where name like 'my%'")) == wanted
        assert conn.execute("select count(*) from audit").fetchone()[0] == 0  # not fired by the rewrite's rows
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        plan = " ".join(r[3] for r in conn.execute("explain query plan select * from events where actor = 'x'"))
    assert "my_actor_idx" in plan
    timeline(str(FB), "--append", "-o", str(db))  # the trigger fires for the rows an append adds
    assert count(db, "select count(*) from audit") == count(db, "select count(*) from events where source = "
                                                                "'facebook'") > 0


def test_an_index_on_a_column_the_user_added_is_named_in_a_warning(tmp_path: Path) -> None:
    db = tmp_path / "me.db"
    timeline(str(X_CURRENT), "-o", str(db))
    with sqlite3.connect(db) as conn:
        conn.executescript("alter table events add column mine text; create index my_mine on events(mine); "
                           "create index my_kind_actor on events(kind, actor);")
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-o", str(db)])
    assert result.exit_code == 0, result.stderr
    assert "could not recreate on it your index my_mine (no such column: mine)" in result.stderr
    assert objects(db) >= {"my_kind_actor"} and "my_mine" not in objects(db)


def test_a_unique_index_the_new_rows_repeat_is_named_in_a_warning_and_the_write_ends(tmp_path: Path) -> None:
    """The final tester's N7: a user's unique index the rewrite's rows break (a key two accounts' rows share with
    --per-account) ended the write with "internal error (IntegrityError) … report it"."""
    db = tmp_path / "me.db"
    timeline(str(X_CURRENT), "-o", str(db))
    with sqlite3.connect(db) as conn:
        conn.execute("delete from events where rowid not in (select min(rowid) from events group by kind)")
        conn.execute("create unique index my_kind on events(kind)")
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "-o", str(db)])
    assert result.exit_code == 0, result.stderr
    assert "could not recreate on it your index my_kind (UNIQUE constraint failed" in result.stderr
    assert "my_kind" not in objects(db) and count(db, "select count(*) from events") > len(
        {k for (k,) in sqlite3.connect(db).execute("select distinct kind from events")})


def test_an_append_a_users_unique_index_refuses_is_a_clear_error_and_leaves_the_database(tmp_path: Path) -> None:
    """The last fresh check (T24E): a user's unique index that the appended rows break was "internal error
    (IntegrityError) … report it", exit 1."""
    db = tmp_path / "me.db"
    timeline(str(FB), "-o", str(db))
    with sqlite3.connect(db) as conn:
        conn.execute("delete from events where rowid not in (select min(rowid) from events group by source)")
        conn.execute("create unique index my_source on events(source)")
    before = db.read_bytes()
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "--append", "-o", str(db)])
    assert result.exit_code != 0 and "internal error" not in result.stderr, result.stderr
    assert "the database refuses the new rows (SQLite: UNIQUE constraint failed: events.source)" in result.stderr
    assert db.read_bytes() == before


def test_append_keeps_the_row_already_there_as_documented(tmp_path: Path) -> None:
    # the twenty-sixth pass's first tester (L4): --append keeps the older download's wording, one run over both
    # downloads the newer era's (README: a row already there is never rewritten; write anew for the newer wording)
    from test_amazon_records import _item, legacy_orders, new_orders

    old = legacy_orders(tmp_path / "2024", [_item("113-0000001-0000001", "2024-03-10T15:00:00Z", "B0WORDING1",
                                                  "12.99", name="Steel bottle")])
    new = new_orders(tmp_path / "2025", [_item("113-0000001-0000001", "2024-03-10T15:00:00Z", "B0WORDING1",
                                               "12.99", name="Steel water bottle, 750 ml", new=True)])
    db, once = tmp_path / "me.db", tmp_path / "once.db"
    timeline(str(old), "-o", str(db))
    timeline(str(new), "--append", "-o", str(db))
    timeline(str(old), str(new), "-o", str(once))
    query = "select text from events where kind = 'amazon.order_item'"
    with sqlite3.connect(db) as a, sqlite3.connect(once) as b:
        assert a.execute(query).fetchall() == [("Steel bottle",)]
        assert b.execute(query).fetchall() == [("Steel water bottle, 750 ml",)]
