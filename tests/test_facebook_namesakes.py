"""One person is one account: a Facebook namesake is never merged (the twenty-seventh pass's final tester, M1).

Another "Anna Schmidt" (another username and profile URI) was linked to a person whose earlier name is Anna Schmidt,
both in one ``timeline`` run of the two downloads and by ``timeline --append`` (rc 0, her 1,058 rows added). A
username is unique on Facebook: two downloads whose usernames (or profile URIs of one form) differ are two accounts
whatever their names say; names and ``previous_names`` link only where no identifier contradicts them. The rename
(Anna Schmidt → Anna Weber, one username: T27C H1) still links, in one run and by ``--append`` in either order.
All names, usernames and posts are invented; the profiles are in the ≤2020 (``profile``) and 2022
(``profile_v2``) shapes of ``profile_information.json`` (formats.md "Profile").
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dataexam import api
from dataexam.cli import app
from dataexam.errors import ExitCode, SeveralAccounts
from dataexam.registry import load_registry

OLD, NEW = "Anna Schmidt", "Anna Weber"
T = 1_650_000_000  # April 2022


def _download(root: Path, name: str, *, username: str | None, uri: str | None = None, previous: tuple[str, ...] = (),
              era: str = "2022", texts: tuple[str, ...] = ("Alster am Morgen", "Fischbrötchen")) -> Path:
    """A small Facebook download of ``name``: a profile (``username``, ``profile_uri``, ``previous_names`` where
    given) and one post per text."""
    profile: dict[str, Any] = {"name": {"full_name": name} if era == "2022" else name,
                               "previous_names": [{"name": p, "timestamp": T - 86400} for p in previous]}
    if username is not None:
        profile["username"] = username
    if uri is not None:
        profile["profile_uri"] = uri
    posts = [{"timestamp": T + 3600 * i, "data": [{"post": text}]} for i, text in enumerate(texts)]
    if era == "2022":
        files = {"personal_information/profile_information/profile_information.json": {"profile_v2": profile},
                 "your_activity_across_facebook/posts/your_posts_1.json": posts}
    else:
        files = {"profile_information/profile_information.json": {"profile": profile},
                 "posts/your_posts_1.json": posts}
    for rel, obj in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(json.dumps(obj), encoding="utf-8")
    return root


@pytest.fixture()
def people(tmp_path: Path) -> dict[str, Path]:
    """A: Anna Schmidt (anna.hh) before her marriage; B: the same account as Anna Weber, her earlier name listed;
    N: another Anna Schmidt (anna.koeln, Cologne), unrelated."""
    return {
        "A": _download(tmp_path / "facebook-a-2022", OLD, username="anna.hh", uri="https://www.facebook.com/anna.hh",
                       texts=("Alster am Morgen", "Fischbrötchen")),
        "B": _download(tmp_path / "facebook-b-2025", NEW, username="anna.hh", uri="https://www.facebook.com/anna.hh",
                       previous=(OLD,), texts=("Alster am Morgen", "Fischbrötchen", "Neue Wohnung")),
        "N": _download(tmp_path / "facebook-n-2024", OLD, username="anna.koeln",
                       uri="https://www.facebook.com/anna.koeln", texts=("Dom im Nebel", "Karneval!", "Rheinufer")),
    }


def _run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def _rows(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM events").fetchone()[0]


def _no_personal_data(text: str) -> None:
    for word in ("anna.hh", "anna.koeln", OLD, NEW, "Schmidt", "Weber"):
        assert word not in text


@pytest.mark.parametrize("inputs", [("A", "N"), ("B", "N"), ("N", "B"), ("A", "B", "N")])
def test_one_run_of_a_namesake_and_the_person_is_refused_saying_why(people: dict[str, Path], tmp_path: Path,
                                                                    inputs: tuple[str, ...]) -> None:
    db = tmp_path / "one.db"
    refused = _run("timeline", *(str(people[k]) for k in inputs), "-o", str(db))
    assert refused.exit_code == ExitCode.USAGE
    assert "2 different accounts" in refused.stderr and "usernames or profile addresses differ" in refused.stderr
    _no_personal_data(refused.stderr)
    assert not db.exists()


def test_per_account_keeps_the_namesakes_apart_and_the_renamed_person_together(people: dict[str, Path]) -> None:
    registry = load_registry(entry_points=False)
    exports = api.open_exports([people["A"], people["N"], people["B"]], registry=registry, per_account=True)
    groups = api.accounts_of(exports)
    assert sorted(sorted(Path(e.name).name for e in group) for _label, group in groups) == [
        ["facebook-a-2022", "facebook-b-2025"], ["facebook-n-2024"]]
    # A and N: one name, two accounts (no merge by an equal name either)
    pair = api.open_exports([people["A"], people["N"]], registry=registry, per_account=True)
    assert len({e.account for e in pair}) == 2
    with pytest.raises(SeveralAccounts):
        api.open_exports([people["A"], people["N"]], registry=registry)


def test_the_renamed_person_still_links_in_one_run(people: dict[str, Path], tmp_path: Path) -> None:
    db = tmp_path / "ab.db"
    assert _run("timeline", str(people["A"]), str(people["B"]), "-o", str(db)).exit_code == 0
    with sqlite3.connect(db) as conn:
        kinds = dict(conn.execute("SELECT kind, count(*) FROM events GROUP BY kind").fetchall())
    # three posts (two in both downloads); profile facts: each download's name, the username, B's earlier name
    assert kinds == {"facebook.post": 3, "facebook.profile": 4}


@pytest.mark.parametrize(("first", "then"), [
    (("A",), ("N",)), (("N",), ("A",)), (("B",), ("N",)), (("N",), ("B",)),
    (("A", "B"), ("N",)), (("N",), ("A", "B")), (("A",), ("B", "N")),
])
def test_appending_a_namesake_is_refused_and_the_database_untouched(
        people: dict[str, Path], tmp_path: Path, first: tuple[str, ...], then: tuple[str, ...]) -> None:
    db = tmp_path / "db.sqlite"
    assert _run("timeline", *(str(people[k]) for k in first), "-o", str(db)).exit_code == 0
    before = db.read_bytes()
    refused = _run("timeline", *(str(people[k]) for k in then), "--append", "-o", str(db))
    assert refused.exit_code == ExitCode.USAGE, refused.stderr
    assert "usernames or profile addresses differ" in refused.stderr
    _no_personal_data(refused.stderr)
    assert db.read_bytes() == before


@pytest.mark.parametrize(("first", "then"), [(("A",), ("B",)), (("B",), ("A",)), (("A", "B"), ("A",)),
                                             (("B",), ("A", "B"))])
def test_appending_the_renamed_persons_download_equals_one_run(people: dict[str, Path], tmp_path: Path,
                                                               first: tuple[str, ...], then: tuple[str, ...]) -> None:
    one = tmp_path / "one.db"
    assert _run("timeline", str(people["A"]), str(people["B"]), "-o", str(one)).exit_code == 0
    db = tmp_path / "db.sqlite"
    assert _run("timeline", *(str(people[k]) for k in first), "-o", str(db)).exit_code == 0
    appended = _run("timeline", *(str(people[k]) for k in then), "--append", "-o", str(db))
    assert appended.exit_code == 0, appended.stderr
    assert _rows(db) == _rows(one)


def test_a_third_person_is_refused_either_way(people: dict[str, Path], tmp_path: Path) -> None:
    lena = _download(tmp_path / "facebook-lena", "Lena Fischer", username="lena.m", texts=("Isar",))
    for first, then in (((people["A"], people["B"]), (lena,)), ((lena,), (people["A"], people["B"]))):
        db = tmp_path / f"third-{first[0].name}.db"
        assert _run("timeline", *map(str, first), "-o", str(db)).exit_code == 0
        before = db.read_bytes()
        assert _run("timeline", *map(str, then), "--append", "-o", str(db)).exit_code == ExitCode.USAGE
        assert db.read_bytes() == before


def test_names_link_where_no_identifier_contradicts(tmp_path: Path) -> None:
    """An older download without a username (≤2020 ``profile`` object) links by the earlier name; a profile URI of
    the number form (no username yet) is not contradicted by one of the name form; two numbers are two accounts."""
    registry = load_registry(entry_points=False)
    old = _download(tmp_path / "old", OLD, username=None, era="2020")
    new = _download(tmp_path / "new", NEW, username="anna.hh", uri="https://www.facebook.com/anna.hh",
                    previous=(OLD,))
    assert len({e.account for e in api.open_exports([old, new], registry=registry)}) == 1
    numbered = _download(tmp_path / "numbered", OLD, username=None,
                         uri="https://www.facebook.com/profile.php?id=100001", era="2020")
    assert len({e.account for e in api.open_exports([numbered, new], registry=registry)}) == 1
    other = _download(tmp_path / "other", OLD, username=None, uri="https://www.facebook.com/profile.php?id=100002")
    with pytest.raises(SeveralAccounts, match="usernames or profile addresses differ"):
        api.open_exports([numbered, other], registry=registry)


def test_a_database_that_recorded_no_identifiers_links_only_through_one(people: dict[str, Path],
                                                                         tmp_path: Path) -> None:
    """A database of the last pass (``account_aliases`` but no ``account_ids``): the namesake's name meets B's
    earlier name, but only an identifier links an append that carries one; the renamed person's does."""
    db = tmp_path / "old.db"
    assert _run("timeline", str(people["B"]), "-o", str(db)).exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM dataexam_meta WHERE name = 'account_ids'")
    before = db.read_bytes()
    assert _run("timeline", str(people["N"]), "--append", "-o", str(db)).exit_code == ExitCode.USAGE
    assert db.read_bytes() == before
    assert _run("timeline", str(people["A"]), "--append", "-o", str(db)).exit_code == 0
    with sqlite3.connect(db) as conn:
        kept = json.loads(conn.execute("SELECT value FROM dataexam_meta WHERE name = 'account_ids'").fetchone()[0])
    assert sorted(kept["facebook"]) == ["profile", "username"]  # adopted: later appends are checked
    assert _run("timeline", str(people["N"]), "--append", "-o", str(db)).exit_code == ExitCode.USAGE
