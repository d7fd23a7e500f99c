"""Messenger records told apart right by the merge (the twenty-sixth pass's MSGKEY brief).

H1: the key of a one-to-one chat's message holds the other person's first name and the side (key version 4), so
the same words the owner sent at one second to Ola Berg and Ola Smith (two thread folders of one download) were
one record. M2: equal messages of one second split across a thread's ``message_1.json`` / ``message_2.json``
were ranked per file, and one was lost. Each case below asserts the records a timeline keeps, across the
changes the key must survive: a rename between downloads, the ≈2020 → 2022 thread-folder id scheme, a 2018
file in seconds beside a later one in milliseconds. All names and words are invented.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import api
from dataexam.cli import app
from dataexam.events import Event
from dataexam.normalise import thread_scope
from dataexam.registry import load_registry

SECOND = 1_650_000_000  # an instant in April 2022, in seconds


def _profile(root: Path, name: str) -> None:
    folder = root / "personal_information/profile_information"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "profile_information.json").write_text(json.dumps({"profile_v2": {"name": {"full_name": name}}}),
                                                     encoding="utf-8")


def _thread(root: Path, rel: str, participants: list[str], parts: list[list[dict]], *, title: str | None = None,
            strings: bool = False) -> None:
    """``root/rel/message_N.json``, one file per part (newest messages first, as Facebook splits a long thread);
    ``strings``: the early-2018 shape (``message.json``, participants the others only, as plain names)."""
    folder = root / rel
    folder.mkdir(parents=True, exist_ok=True)
    for n, messages in enumerate(parts, 1):
        thread = {"participants": participants if strings else [{"name": p} for p in participants],
                  "messages": messages, "title": title or participants[0], "is_still_participant": True,
                  "thread_path": rel.split("messages/", 1)[-1]}
        name = "message.json" if strings else f"message_{n}.json"
        (folder / name).write_text(json.dumps(thread), encoding="utf-8")


def _said(sender: str, ms: int, text: str, *, seconds: bool = False) -> dict:
    return ({"sender_name": sender, "timestamp": ms // 1000, "content": text} if seconds else
            {"sender_name": sender, "timestamp_ms": ms, "content": text})


def _timeline(*roots: Path) -> list[Event]:
    return [e for e in api.timeline(list(roots), registry=load_registry(entry_points=False))
            if e.kind == "facebook.message"]


def _two_olas(root: Path, owner: str, berg: str, smith: str, berg_rel: str, smith_rel: str, *,
              seconds: bool = False) -> None:
    """The owner's "Happy new year!" to both Olas at one second (other milliseconds), and both Olas' "Same to
    you!" back at one second; one message each that no other holds."""
    ms = SECOND * 1000
    _profile(root, owner)
    others = [] if seconds else [owner]  # early-2018 files list the others only
    _thread(root, berg_rel, [berg, *others], [[
        _said(berg, ms + 9_400, "Same to you!", seconds=seconds),
        _said(owner, ms + 300, "Happy new year!", seconds=seconds),
        _said(berg, ms - 50_000, "Ready for tonight?", seconds=seconds)]], strings=seconds)
    _thread(root, smith_rel, [smith, *others], [[
        _said(smith, ms + 9_700, "Same to you!", seconds=seconds),
        _said(owner, ms + 500, "Happy new year!", seconds=seconds),
        _said(owner, ms - 80_000, "Coming over later?", seconds=seconds)]], strings=seconds)


def _texts(events: list[Event]) -> list[tuple[str, str | None]]:
    return sorted((e.actor, e.text) for e in events)


_SIX = [("Ola Berg", "Ready for tonight?"), ("Ola Berg", "Same to you!"), ("Ola Smith", "Same to you!"),
        ("self", "Coming over later?"), ("self", "Happy new year!"), ("self", "Happy new year!")]


# ---- H1 (d): two friends of one first name, one download -----------------------------------------------------

def test_equal_words_to_two_friends_of_one_first_name_are_two_records(tmp_path: Path) -> None:
    # key version 4 kept one "Happy new year!" and one "Same to you!": 4 of 6 records
    _two_olas(tmp_path, "Jane Roe", "Ola Berg", "Ola Smith", "messages/inbox/olaberg_1001",
              "messages/inbox/olasmith_1002")
    events = _timeline(tmp_path)
    assert _texts(events) == _SIX
    assert len({e.key for e in events}) == 6
    # the n-th record sharing a key is numbered, the first keeps the key
    happy = sorted(e.key for e in events if e.text == "Happy new year!")
    assert happy[1] == happy[0] + "#1"


def test_at_one_millisecond_too(tmp_path: Path) -> None:
    # a message forwarded to both at once carries one millisecond: still one per thread
    owner, ms = "Jane Roe", SECOND * 1000
    _profile(tmp_path, owner)
    for rel, ola in (("messages/inbox/olaberg_1", "Ola Berg"), ("messages/archived_threads/olasmith_2", "Ola Smith")):
        _thread(tmp_path, rel, [ola, owner], [[_said(owner, ms, "https://example.org/party")]])
    assert len({e.key for e in _timeline(tmp_path)}) == 2


# ---- H1 (a)-(c): the same two chats read from two downloads stay two, never four ----------------------------

@pytest.mark.parametrize(("old", "new"), [
    # (a) Ola Berg married: Ola Hansen everywhere in the later download (participants, folder, senders)
    (("Ola Berg", "messages/inbox/olaberg_1001"),
     ("Ola Hansen", "your_facebook_activity/messages/inbox/olahansen_1001")),
    # (b) the ≈2020 folder id scheme against 2022's: the folder names share nothing
    (("Ola Berg", "messages/inbox/OlaBerg_Zs11Uy-bpw"), ("Ola Berg", "messages/inbox/olaberg_10158812345678901")),
    # a chat archived between the downloads (Ola Smith's stays in the inbox)
    (("Ola Berg", "messages/inbox/olaberg_1001"), ("Ola Berg", "messages/archived_threads/olaberg_1001")),
])
def test_two_downloads_of_the_two_chats_keep_six_records(tmp_path: Path, old: tuple[str, str],
                                                          new: tuple[str, str]) -> None:
    a, b = tmp_path / "facebook-jane-2021", tmp_path / "facebook-jane-2023"
    # Ola Smith's chat beside Ola Berg's, as one download holds them
    _two_olas(a, "Jane Roe", old[0], "Ola Smith", old[1], old[1].rsplit("/", 1)[0] + "/olasmith_1002")
    _two_olas(b, "Jane Roe", new[0], "Ola Smith", new[1],
              new[1].rsplit("/", 1)[0].replace("archived_threads", "inbox") + "/olasmith_10158899999999999")
    both = _timeline(a, b)
    assert len(both) == 6 and len({e.key for e in both}) == 6
    # the same records as each download alone, key for key
    assert {e.key for e in both} == {e.key for e in _timeline(a)} == {e.key for e in _timeline(b)}


def test_the_owners_rename_between_downloads_keeps_six(tmp_path: Path) -> None:
    a, b = tmp_path / "facebook-2021", tmp_path / "facebook-2023"
    _two_olas(a, "Jane Roe", "Ola Berg", "Ola Smith", "messages/inbox/olaberg_1", "messages/inbox/olasmith_2")
    _two_olas(b, "Jane Lund", "Ola Berg", "Ola Smith", "messages/inbox/olaberg_1", "messages/inbox/olasmith_2")
    # (no earlier name or username links the two names: one run refuses them as two accounts; keys compared)
    keys = {e.key for e in _timeline(a)}
    assert len(keys) == 6 and keys == {e.key for e in _timeline(b)}


def test_an_early_2018_download_in_seconds_beside_a_later_one_keeps_six(tmp_path: Path) -> None:
    # (c) 2018 files give seconds (messages/<thread>/message.json, participants the others only)
    a, b = tmp_path / "facebook-2018", tmp_path / "facebook-2022"
    _two_olas(a, "Jane Roe", "Ola Berg", "Ola Smith", "messages/olaberg_5f3e2a1b", "messages/olasmith_77aa11",
              seconds=True)
    _two_olas(b, "Jane Roe", "Ola Berg", "Ola Smith", "messages/inbox/olaberg_1", "messages/inbox/olasmith_2")
    events = _timeline(a, b)
    assert _texts(events) == _SIX and len({e.key for e in events}) == 6


def test_a_download_missing_one_chat_adds_nothing_and_loses_nothing(tmp_path: Path) -> None:
    # the earlier download holds Ola Berg's chat only (Ola Smith's was deleted): the later one's two chats are
    # two records, the earlier one's copy one of them
    a, b = tmp_path / "facebook-2021", tmp_path / "facebook-2023"
    _two_olas(b, "Jane Roe", "Ola Berg", "Ola Smith", "messages/inbox/olaberg_1", "messages/inbox/olasmith_2")
    _profile(a, "Jane Roe")
    shutil.copytree(b / "messages/inbox/olaberg_1", a / "messages/inbox/olaberg_1")
    assert len(_timeline(a, b)) == 6 and len(_timeline(a)) == 3


# ---- group chats ----------------------------------------------------------------------------------------------

def test_equal_words_to_two_groups_at_one_second_are_two_and_stay_two_across_downloads(tmp_path: Path) -> None:
    owner, ms = "Jane Roe", SECOND * 1000
    a, b = tmp_path / "facebook-2021", tmp_path / "facebook-2023"
    for root, names in ((a, ("dinnerclub_11", "hikers_12")), (b, ("fridaydinners_11", "hikers_12"))):
        _profile(root, owner)
        _thread(root, f"messages/inbox/{names[0]}", ["Ola Berg", "Per Lund", owner],
                [[_said(owner, ms + 100, "See you all at 7"), _said("Per Lund", ms - 9000, "When?")]])
        _thread(root, f"messages/inbox/{names[1]}", ["Kari Sand", "Per Lund", owner],
                [[_said(owner, ms + 200, "See you all at 7")]])
    assert len(_timeline(a)) == 3
    assert len({e.key for e in _timeline(a, b)}) == 3


# ---- M2: a thread split into message_1.json / message_2.json ----------------------------------------------------

def _split_chat(root: Path, split: bool) -> None:
    # Kari's double-sent "😂" at two milliseconds of one second, and Jane's "ok" at one millisecond written at the
    # end of message_1.json and again in message_2.json (Facebook's repeat at a part's edge)
    ms = SECOND * 1000
    _profile(root, "Jane Roe")
    newer = [_said("Kari Sand", ms + 10_000, "Look!"), _said("Kari Sand", ms + 900, "😂")]
    older = [_said("Kari Sand", ms + 100, "😂"), _said("Jane Roe", ms - 5_000, "ok")]
    parts = [[*newer, older[1]], older] if split else [newer + older]
    _thread(root, "messages/inbox/karisand_1", ["Kari Sand", "Jane Roe"], parts)


@pytest.mark.parametrize("split", [False, True])
def test_equal_messages_of_one_second_across_a_threads_parts(tmp_path: Path, split: bool) -> None:
    # split: the per-file rank gave both "😂" rank 0 (one key) and one was lost
    _split_chat(tmp_path, split)
    events = _timeline(tmp_path)
    assert [e.text for e in sorted(events, key=lambda e: e.time)] == ["ok", "😂", "😂", "Look!"]
    assert len({e.key for e in events}) == 4


def test_a_split_and_an_unsplit_download_of_one_chat_are_the_same_records(tmp_path: Path) -> None:
    # Facebook's split moves as a thread grows: one download holds the second in one file, the next in two
    a, b = tmp_path / "facebook-2022", tmp_path / "facebook-2023"
    _split_chat(a, False)
    _split_chat(b, True)
    assert {e.key for e in _timeline(a)} == {e.key for e in _timeline(b)}
    assert len(_timeline(a, b)) == 4


def test_reactions_of_a_split_thread_stay_with_their_message(tmp_path: Path) -> None:
    # a message's reactions are in its own record: the liked "😂" of message_2.json keeps its one ❤, the other
    # "😂" of that second (message_1.json) has none, and neither is lost
    ms = SECOND * 1000
    _profile(tmp_path, "Jane Roe")
    liked = {**_said("Kari Sand", ms + 100, "😂"), "reactions": [{"reaction": "❤", "actor": "Jane Roe"}]}
    _thread(tmp_path, "messages/inbox/karisand_1", ["Kari Sand", "Jane Roe"],
            [[_said("Kari Sand", ms + 900, "😂")], [liked]])
    events = sorted(_timeline(tmp_path), key=lambda e: e.time)
    assert [e.attrs.get("reactions") for e in events] == [[{"reaction": "❤", "actor": "Jane Roe"}], None]


# ---- the rows say the key the merge gives; --append; --jobs -----------------------------------------------------

def test_jsonl_and_sqlite_rows_carry_the_numbered_key_and_append_adds_nothing_again(tmp_path: Path) -> None:
    root = tmp_path / "facebook-jane"
    _two_olas(root, "Jane Roe", "Ola Berg", "Ola Smith", "messages/inbox/olaberg_1", "messages/inbox/olasmith_2")
    runner = CliRunner()
    out = runner.invoke(app, ["timeline", str(root), "--kind", "facebook.message"])
    assert out.exit_code == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 6 and len({r["key"] for r in rows}) == 6
    assert sum(r["key"].endswith("#1") for r in rows) == 2
    db = tmp_path / "t.db"
    assert runner.invoke(app, ["timeline", str(root), "-o", str(db)]).exit_code == 0
    again = runner.invoke(app, ["timeline", str(root), "-o", str(db), "--append"])
    assert again.exit_code == 0, again.stderr
    with sqlite3.connect(db) as conn:
        keys = [k for (k,) in conn.execute("SELECT key FROM events WHERE kind = 'facebook.message'")]
    assert len(keys) == 6 and sorted(keys) == sorted(r["key"] for r in rows)


def test_jobs_1_and_2_give_the_same_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "facebook-2021", tmp_path / "facebook-2023"
    _two_olas(a, "Jane Roe", "Ola Berg", "Ola Smith", "messages/inbox/olaberg_1", "messages/inbox/olasmith_2")
    _two_olas(b, "Jane Roe", "Ola Hansen", "Ola Smith", "messages/inbox/olahansen_1", "messages/inbox/olasmith_2")
    _thread(b, "messages/inbox/karisand_3", ["Kari Sand", "Jane Roe"],
            [[_said("Kari Sand", SECOND * 1000 + 900, "😂")], [_said("Kari Sand", SECOND * 1000 + 100, "😂")]])
    runner = CliRunner()
    one = runner.invoke(app, ["timeline", str(a), str(b), "--jobs", "1"])
    two = runner.invoke(app, ["timeline", str(a), str(b), "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, one.stderr + two.stderr
    assert one.stdout_bytes == two.stdout_bytes and one.stdout_bytes.count(b"\n") == 9  # 8 messages, 1 profile fact


def test_per_account_runs_number_within_each_account(tmp_path: Path) -> None:
    # two people's downloads (--per-account): each keeps its own records, numbered alike, no account tag left
    a, b = tmp_path / "facebook-jane", tmp_path / "facebook-kari"
    _two_olas(a, "Jane Roe", "Ola Berg", "Ola Smith", "messages/inbox/olaberg_1", "messages/inbox/olasmith_2")
    _two_olas(b, "Kari Sand", "Ola Berg", "Ola Smith", "messages/inbox/olaberg_1", "messages/inbox/olasmith_2")
    events = [e for e in api.timeline([a, b], registry=load_registry(entry_points=False), per_account=True)
              if e.kind == "facebook.message"]
    assert len(events) == 12
    assert sum(e.key.endswith("#1") for e in events) == 4 and all("\x00" not in e.key for e in events)


def test_thread_scope() -> None:
    assert thread_scope("x/messages/inbox/olaberg_1/message_2.json", "olaberg_1") == ("x/messages", "olaberg_1")
    assert thread_scope("x/messages/archived_threads/o_1/message_1.json", "o_1") == ("x/messages", "o_1")
    assert thread_scope("messages/e2ee_cutover/o_1/message_1.json", "o_1") == ("messages/e2ee_cutover", "o_1")
    assert thread_scope("messages/o_5f3e/message.json", "o_5f3e") == ("messages", "o_5f3e")
    assert thread_scope("messages/Ola Berg_1.json", "Ola Berg_1") == ("messages", "Ola Berg_1")
    assert thread_scope("Ola Berg_1.json", "Ola Berg_1") == ("", "Ola Berg_1")
    assert thread_scope("a/b.json", None) == ("a", "b.json")


def test_append_onto_a_database_of_key_version_4_is_refused(tmp_path: Path) -> None:
    # version 4 ranked equal messages of one second inside the key; version 5 numbers them <key>#n: a v4 row of a
    # double-sent message would not be recognised, so the append is refused and the database left as it was
    # (DESIGN.md's contract, errors.KeysChanged: exit 2)
    root = tmp_path / "facebook-jane"
    _split_chat(root, True)
    db = tmp_path / "t.db"
    runner = CliRunner()
    assert runner.invoke(app, ["timeline", str(root), "-o", str(db)]).exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("update dataexam_meta set value = json_set(value, '$.\"facebook.message\"', 4) "
                     "where name = 'key_versions'")
    before = db.read_bytes()
    result = runner.invoke(app, ["timeline", str(root), "-o", str(db), "--append"])
    assert result.exit_code == 2 and "facebook.message (key version 4 there, 5 here)" in result.stderr
    assert db.read_bytes() == before


# ---- the owner's rename between two downloads is one account (the brief's third point) --------------------------

def _renamed_profile(root: Path, name: str, **more: object) -> None:
    folder = root / "personal_information/profile_information"
    (folder / "profile_information.json").write_text(json.dumps(
        {"profile_v2": {"name": {"full_name": name}, "registration_timestamp": 1300000000, **more}}), encoding="utf-8")


@pytest.mark.parametrize("link", [
    {"previous_names": [{"name": "Jane Roe", "timestamp": 1660000000}]},  # the later download lists the old name
    {"username": "jane.roe.77"},  # the same unique handle in both
])
def test_a_download_after_the_owners_rename_is_the_same_account(tmp_path: Path, link: dict) -> None:
    a, b = tmp_path / "facebook-2021", tmp_path / "facebook-2023"
    _two_olas(a, "Jane Roe", "Ola Berg", "Ola Smith", "messages/inbox/olaberg_1", "messages/inbox/olasmith_2")
    _two_olas(b, "Jane Lund", "Ola Berg", "Ola Smith", "messages/inbox/olaberg_1", "messages/inbox/olasmith_2")
    _renamed_profile(a, "Jane Roe", **({"username": "jane.roe.77"} if "username" in link else {}))
    _renamed_profile(b, "Jane Lund", **link)
    events = _timeline(a, b)  # was: SeveralAccounts ("2 different accounts"), nothing read
    assert _texts(events) == _SIX and len({e.key for e in events}) == 6


def test_two_people_sharing_nothing_but_a_registration_second_stay_two_accounts(tmp_path: Path) -> None:
    from dataexam.errors import SeveralAccounts

    a, b = tmp_path / "facebook-jane", tmp_path / "facebook-kari"
    _two_olas(a, "Jane Roe", "Ola Berg", "Ola Smith", "messages/inbox/olaberg_1", "messages/inbox/olasmith_2")
    _two_olas(b, "Kari Sand", "Ola Berg", "Ola Smith", "messages/inbox/olaberg_1", "messages/inbox/olasmith_2")
    _renamed_profile(a, "Jane Roe", username="jane.roe.77")
    _renamed_profile(b, "Kari Sand", username="kari.sand.9", previous_names=[{"name": "Kari Berg"}])
    with pytest.raises(SeveralAccounts):
        _timeline(a, b)


# ---- the merge alone: behind a held date-only record, with spilled runs, and the rows' rekeying --------------------

def _message(key: str, ms: int, member: str, thread: str, archive: str = "in.zip") -> Event:
    from datetime import UTC, datetime

    from dataexam.events import Origin, TimeSource

    return Event(time=datetime.fromtimestamp(ms / 1000, UTC), time_source=TimeSource.UTC, source="facebook",
                 kind="facebook.message", actor="self", text="hi", attrs={"thread": thread},
                 origin=Origin(archive, member, 0), key=key)


@pytest.mark.parametrize("spill", [None, 200])
def test_the_merge_numbers_behind_a_held_date_only_record_and_across_spilled_runs(spill: int | None) -> None:
    from datetime import UTC, datetime

    from dataexam.events import Origin, TimeSource
    from dataexam.normalise import chronological

    ms = SECOND * 1000
    order = Event(time=datetime.fromtimestamp(SECOND - 3600, UTC), time_source=TimeSource.DATE_ONLY,
                  source="amazon", kind="amazon.order_item", actor="self", text="A book", attrs={},
                  origin=Origin("amazon.zip", "orders.csv", 1), key="amazon.order_item:1")
    events = [order,
              _message("facebook.message:k", ms + 100, "messages/inbox/olaberg_1/message_1.json", "olaberg_1"),
              _message("facebook.message:k", ms + 300, "messages/inbox/olasmith_2/message_1.json", "olasmith_2"),
              # the same two read from another download: no more records
              _message("facebook.message:k", ms + 100, "messages/inbox/olaberg_9/message_1.json", "olaberg_9", "b"),
              _message("facebook.message:k", ms + 300, "messages/inbox/olasmith_8/message_1.json", "olasmith_8",
                       "b")]
    kwargs = {} if spill is None else {"spill_bytes": spill}
    merged = list(chronological(reversed(events), **kwargs))
    assert [e.key for e in merged] == ["amazon.order_item:1", "facebook.message:k", "facebook.message:k#1"]


def test_rows_are_rekeyed_in_either_json_spelling() -> None:
    from dataexam.writers import _jsonl_rekey, _sqlite_rekey, sqlite_row

    for row in (b'{"text":"k","key":"facebook.message:k"}\n', b'{"text": "k", "key": "facebook.message:k"}\n'):
        assert json.loads(_jsonl_rekey(row, "facebook.message:k", "facebook.message:k#2")) == {
            "text": "k", "key": "facebook.message:k#2"}
    event = _message("facebook.message:k", SECOND * 1000, "m/t/message_1.json", "t")
    import pickle

    assert pickle.loads(_sqlite_rekey(sqlite_row(event), event.key, "facebook.message:k#1"))[-1] == \
        "facebook.message:k#1"


def test_two_chats_in_two_part_zips_of_one_download_stay_two(tmp_path: Path) -> None:
    # Facebook splits a big download into part-zips (1of2-…, 2of2-…): Ola Berg's chat in one part, Ola Smith's in
    # the other are still two threads of one download (origin.archive names the part)
    import zipfile

    tree = tmp_path / "tree"
    _two_olas(tree, "Jane Roe", "Ola Berg", "Ola Smith", "messages/inbox/olaberg_1", "messages/inbox/olasmith_2")
    parts = [tmp_path / "1of2-facebook-janeroe-05_12_2023-AbCdEfGh.zip",
             tmp_path / "2of2-facebook-janeroe-05_12_2023-AbCdEfGh.zip"]
    with zipfile.ZipFile(parts[0], "w") as one, zipfile.ZipFile(parts[1], "w") as two:
        for path in sorted(p for p in tree.rglob("*") if p.is_file()):
            rel = path.relative_to(tree).as_posix()
            (two if "olasmith" in rel else one).write(path, rel)
    events = _timeline(*parts)
    assert _texts(events) == _SIX and len({e.key for e in events}) == 6
    runner = CliRunner()
    one = runner.invoke(app, ["timeline", *map(str, parts), "--jobs", "1"])
    two = runner.invoke(app, ["timeline", *map(str, parts), "--jobs", "2"])
    assert one.stdout_bytes == two.stdout_bytes and one.stdout_bytes.count(b'"kind":"facebook.message"') == 6
