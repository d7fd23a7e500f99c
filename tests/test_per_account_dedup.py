"""Two people's records are never one record in a ``--per-account`` run (nor in a database holding both).

Keys name a record, not its owner: an X like is keyed by the liked tweet's id, a declared interest or a
Facebook profile fact (gender, registration) by its content, a DM by its conversation and id, the same in
both participants' exports. De-duplication merged two people's equal records and dropped one of them as a
duplicate (a fresh tester: 8 undated profile facts lost; the same happened to likes, follows, interests,
shared conversations). Records of one account in two exports (a zip beside its unpacked copy) are still one
record; exports naming no account (Amazon's) and runs of one account per source are as they were.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import api, parallel
from dataexam.cli import app
from dataexam.writers import jsonl_line

ROOT = Path(__file__).resolve().parent.parent
FB = ROOT / "fixtures" / "facebook" / "2024-25" / "archive"
AMAZON = ROOT / "fixtures" / "amazon" / "2025" / "archive"
runner = CliRunner()

# invented accounts; tweet 123 is liked by both, "Birdwatching" declared by both, one DM conversation shared
ANA, BEN = "4200000001", "4200000002"


def _js(name: str, items: list[dict]) -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def x_archive(root: Path, account: str, handle: str, *, likes: Iterable[str] = ("123",),
              interests: Iterable[str] = ("Birdwatching",), other: str | None = None) -> Path:
    """A small X archive in the shape of ``fixtures/twitter/current`` (manifest, account, likes, interests and,
    with ``other``, one DM conversation between ``account`` and ``other``)."""
    data = root / "data"
    data.mkdir(parents=True)
    manifest = {"userInfo": {"accountId": account, "userName": handle, "displayName": handle.title()},
                "archiveInfo": {"sizeBytes": "4000", "generationDate": "2025-01-10T09:00:00.000Z",
                                "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
                "dataTypes": {"account": {"files": [{"fileName": "data/account.js",
                                                      "globalName": "YTD.account.part0", "count": "1"}]}}}
    (data / "manifest.js").write_text("window.__THAR_CONFIG = " + json.dumps(manifest, indent=2) + "\n",
                                      encoding="utf-8")
    (data / "account.js").write_text(_js("account", [{"account": {
        "email": f"{handle}@example.org", "createdVia": "web", "username": handle, "accountId": account,
        "createdAt": "2015-06-01T10:00:00.000Z", "accountDisplayName": handle.title()}}]), encoding="utf-8")
    (data / "like.js").write_text(_js("like", [{"like": {
        "tweetId": t, "fullText": f"tweet number {t}", "expandedUrl": f"https://twitter.com/i/web/status/{t}"}}
        for t in likes]), encoding="utf-8")
    (data / "personalization.js").write_text(_js("personalization", [{"p13nData": {
        "demographics": {"languages": [{"language": "English", "isDisabled": False}],
                         "genderInfo": {"gender": "female"}},
        "interests": {"interests": [{"name": n, "isDisabled": False} for n in interests],
                      "partnerInterests": [], "shows": []}}}]), encoding="utf-8")
    if other is not None:
        low, high = sorted((account, other))
        (data / "direct-messages.js").write_text(_js("direct_messages", [{"dmConversation": {
            "conversationId": f"{low}-{high}",
            "messages": [{"messageCreate": {
                "recipientId": other, "reactions": [], "urls": [], "text": "Owls at the lake tonight?",
                "mediaUrls": [], "senderId": account, "id": "1710000000000009001",
                "createdAt": "2024-05-02T19:14:03.511Z", "editHistory": []}}]}}]), encoding="utf-8")
    return root


def zipped(folder: Path, dest: Path) -> Path:
    with zipfile.ZipFile(dest, "w") as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(folder).as_posix())
    return dest


def rows(paths: Iterable[Path], *extra: str) -> list[dict]:
    result = runner.invoke(app, ["timeline", *map(str, paths), *extra])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def archives_of(found: list[dict], kind: str, **attrs: object) -> list[str]:
    """The ``origin.archive`` of each record of ``kind`` whose attrs hold ``attrs``."""
    return sorted(r["origin"]["archive"] for r in found
                  if r["kind"] == kind and all(r["attrs"].get(k) == v for k, v in attrs.items()))


@pytest.fixture
def two_people(tmp_path: Path) -> tuple[Path, Path]:
    return (x_archive(tmp_path / "ana", ANA, "ana_birds", other=BEN),
            x_archive(tmp_path / "ben", BEN, "ben_birds", other=ANA))


def test_two_accounts_who_liked_one_tweet_keep_both_likes(two_people: tuple[Path, Path]) -> None:
    ana, ben = two_people
    found = rows([ana, ben], "--per-account")
    likes = [r for r in found if r["kind"] == "twitter.like"]
    assert sorted(r["origin"]["archive"] for r in likes) == sorted([str(ana), str(ben)])
    assert {r["key"] for r in likes} == {"twitter.like:123"}  # the record's own key: no account in it
    interests = [r for r in found if r["kind"] == "twitter.declared_interest" and r["text"] == "Birdwatching"]
    assert sorted(r["origin"]["archive"] for r in interests) == sorted([str(ana), str(ben)])
    # each person's export's copy of their shared conversation is a record of that person's export
    dms = [r for r in found if r["kind"] == "twitter.dm"]
    assert sorted(r["origin"]["archive"] for r in dms) == sorted([str(ana), str(ben)])
    alone = len(rows([ana])) + len(rows([ben]))
    assert len(found) == alone  # nothing of either person dropped
    assert not any("\x00" in r["key"] for r in found)  # no account tag leaves the merge


def test_one_accounts_zip_and_unpacked_copy_are_one_record(two_people: tuple[Path, Path], tmp_path: Path) -> None:
    ana, ben = two_people
    ana_zip = zipped(ana, tmp_path / "ana.zip")
    found = rows([ana_zip, ana, ben], "--per-account")
    assert len(archives_of(found, "twitter.like")) == 2  # Ana's two copies are one; Ben's is his
    assert {r["origin"]["archive"] for r in found if r["kind"] == "twitter.like"} >= {str(ben)}
    assert len(found) == len(rows([ana_zip, ana])) + len(rows([ben]))
    # one person's two copies without --per-account: as before, de-duplicated by key
    assert rows([ana_zip, ana]) == rows([ana_zip, ana], "--per-account")


def test_jobs_1_and_2_give_the_same_per_account_timeline(two_people: tuple[Path, Path], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)  # small inputs: share them out anyway
    ana, ben = two_people
    paths = [zipped(ana, tmp_path / "ana.zip"), ana, ben, AMAZON]
    out = {}
    for jobs in (1, 2):
        out[jobs] = list(api.timeline_encoded(paths, jsonl_line, per_account=True, jobs=jobs))
    assert out[1] == out[2]
    assert sum(b'"twitter.like:123"' in line for line in out[1]) == 2
    # the Event API yields the records' own keys too (the key travels beside the payload in the merge)
    for jobs in (1, 2):
        events = list(api.timeline(paths, per_account=True, jobs=jobs))
        assert [json.loads(line)["key"] for line in out[1]] == [e.key for e in events]


def _fb_profile(dest: Path, first: str) -> Path:
    """The Facebook fixture as a profile named ``first``, stating one gender and one registration time."""
    shutil.copytree(FB, dest)
    f = dest / "personal_information" / "profile_information" / "profile_information.json"
    data = json.loads(f.read_text(encoding="utf-8"))
    data["profile_v2"]["name"]["first_name"] = first
    data["profile_v2"]["name"]["full_name"] = f"{first} Testperson"
    data["profile_v2"]["gender"] = {"gender_option": "FEMALE", "pronoun": "SHE"}
    data["profile_v2"]["registration_timestamp"] = 1300000000
    f.write_text(json.dumps(data), encoding="utf-8")
    return dest


def test_two_facebook_profiles_keep_their_equal_facts(tmp_path: Path) -> None:
    one, two = _fb_profile(tmp_path / "fb-one", "Alva"), _fb_profile(tmp_path / "fb-two", "Britt")
    found = rows([one, two], "--per-account")
    for fact in ("gender", "registration", "birthday", "current_city"):
        assert archives_of(found, "facebook.profile", fact=fact) == sorted([str(one), str(two)]), fact
    assert len(found) == len(rows([one])) + len(rows([two]))
    # both exports hold the same Messenger threads: each person's copy stays, under its own export
    messages = Counter(r["origin"]["archive"] for r in found if r["kind"] == "facebook.message")
    assert messages[str(one)] == messages[str(two)] > 0
    # the same profile twice (a copy) is one person's: de-duplicated, with or without --per-account
    copy = shutil.copytree(one, tmp_path / "fb-one-again")
    assert len(rows([one, copy], "--per-account")) == len(rows([one])) == len(rows([one, copy]))


def test_amazon_beside_two_accounts_is_deduplicated_as_before(two_people: tuple[Path, Path],
                                                              tmp_path: Path) -> None:
    ana, ben = two_people
    copy = shutil.copytree(AMAZON, tmp_path / "amazon-again")
    amazon = [r for r in rows([ana, ben, AMAZON, copy], "--per-account") if r["source"] == "amazon"]
    assert amazon == rows([AMAZON, copy])  # no account named: de-duplicated by key, as always


# -- SQLite --append ------------------------------------------------------------------------------------

def db_rows(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("select key, origin_archive from events"))


def write(*args: str) -> str:
    result = runner.invoke(app, ["timeline", *args])
    assert result.exit_code == 0, result.stderr
    return result.stderr


def test_append_the_other_account_keeps_its_equal_records(two_people: tuple[Path, Path], tmp_path: Path) -> None:
    ana, ben = two_people
    db = tmp_path / "birds.db"
    write(str(ana), "-o", str(db))
    n_ana = len(db_rows(db))
    write(str(ben), "--per-account", "--append", "-o", str(db))
    found = db_rows(db)
    assert [o for k, o in found if k == "twitter.like:123"] == sorted([str(ana), str(ben)])
    assert len(found) == n_ana + len(rows([ben]))
    # the same as both in one --per-account run
    both = tmp_path / "both.db"
    write(str(ana), str(ben), "--per-account", "-o", str(both))
    assert db_rows(both) == found
    with sqlite3.connect(db) as conn:
        owners = dict(conn.execute("select origin_archive, count(distinct account) from events e "
                                   "join dataexam_row_accounts r on r.event_id = e.id group by origin_archive"))
        listed = conn.execute("select group_concat(account) from dataexam_row_accounts").fetchone()[0]
    assert owners == {str(ana): 1, str(ben): 1}
    assert ANA not in listed and BEN not in listed  # hashes, never the ids


@pytest.mark.parametrize("per_account", [True, False])
def test_append_a_newer_export_onto_a_per_account_database(two_people: tuple[Path, Path], tmp_path: Path,
                                                            per_account: bool) -> None:
    ana, ben = two_people
    db = tmp_path / "birds.db"
    write(str(ana), str(ben), "--per-account", "-o", str(db))
    before = db_rows(db)
    flag = ["--per-account"] if per_account else []
    # Ana's records already there are recognised, Ben's are not dropped
    stderr = write(str(zipped(ana, tmp_path / "ana.zip")), *flag, "--append", "-o", str(db))
    assert db_rows(db) == before and f"{len(rows([ana])):,} already in the database" in stderr
    # a newer export of Ana's holds a like only Ben had before (456) and a new one (789): both are hers to add
    with sqlite3.connect(db) as conn:
        conn.execute("update events set key = 'twitter.like:456' where key = 'twitter.like:123' "
                     "and origin_archive = ?", (str(ben),))
    newer = x_archive(tmp_path / "ana-2025", ANA, "ana_birds", likes=("123", "456", "789"), other=BEN)
    write(str(newer), *flag, "--append", "-o", str(db))
    likes = [(k, o) for k, o in db_rows(db) if k.startswith("twitter.like:")]
    assert likes == sorted([("twitter.like:123", str(ana)), ("twitter.like:456", str(ben)),
                            ("twitter.like:456", str(newer)), ("twitter.like:789", str(newer))])
    # Ben's newer export: his like is there already, nothing of his is added twice
    newer_ben = x_archive(tmp_path / "ben-2025", BEN, "ben_birds", likes=("456",), other=ANA)
    stderr = write(str(newer_ben), *flag, "--append", "-o", str(db))
    assert "wrote 0 event(s)" in stderr


def test_one_account_databases_stay_as_they_were(two_people: tuple[Path, Path], tmp_path: Path) -> None:
    ana, _ben = two_people
    db = tmp_path / "ana.db"
    write(str(ana), "--per-account", "-o", str(db))  # one person, --per-account or not: no row accounts
    write(str(zipped(ana, tmp_path / "ana.zip")), "--append", "-o", str(db))
    with sqlite3.connect(db) as conn:
        tables = {name for (name,) in conn.execute("select name from sqlite_master where type = 'table'")}
    assert "dataexam_row_accounts" not in tables
    assert len(db_rows(db)) == len(rows([ana]))
